import { defineRule } from '../define-rule.ts';

const base = {
  repeatFrequency: 'P1W',
  byDay: ['Tuesday'],
  startTime: '17:00',
  endTime: '19:00',
  scheduleTimezone: 'Europe/London',
};

/**
 * Days every UK nation's schools are closed: 1 to 10 August (Scotland returns mid-August, the rest in
 * September) and 24 December to 1 January. Coarse on purpose: a notice here is never a false alarm.
 */
function isHolidayEverywhere(date: string): boolean {
  const monthDay = date.slice(5);
  return (monthDay >= '08-01' && monthDay <= '08-10') || monthDay >= '12-24' || monthDay <= '01-01';
}

export default defineRule({
  id: 'schedule-school-terms',
  notices: {
    schedule_school_terms_area_missing: {
      severity: 'warning',
      summary: 'A term-time or holiday schedule does not say whose school terms it follows.',
      fields: ['schoolTerms'],
      examples: {
        failing: { listing: { eventSchedule: [{ ...base, schoolTerms: 'term-time-only' }] } },
        passing: {
          listing: {
            eventSchedule: [{ ...base, schoolTerms: 'term-time-only', schoolTermsArea: 'E06000018' }],
          },
        },
      },
    },
    schedule_term_time_only_in_holidays: {
      severity: 'warning',
      summary: 'A term-time-only schedule runs only on dates when every UK school is on holiday.',
      fields: ['startDate', 'endDate'],
      examples: {
        failing: {
          listing: {
            eventSchedule: [
              {
                ...base,
                repeatFrequency: 'P1D',
                byDay: undefined,
                startDate: '2027-08-02',
                endDate: '2027-08-06',
                schoolTerms: 'term-time-only',
                schoolTermsArea: 'E06000018',
              },
            ],
          },
        },
        passing: {
          listing: {
            eventSchedule: [
              {
                ...base,
                repeatFrequency: 'P1D',
                byDay: undefined,
                startDate: '2027-08-02',
                endDate: '2027-08-06',
                schoolTerms: 'school-holidays-only',
                schoolTermsArea: 'E06000018',
              },
            ],
          },
        },
      },
    },
  },
  check({ listing }, emit) {
    listing.eventSchedule?.forEach((item, index) => {
      const at = `/eventSchedule/${index}`;
      if (item.schoolTerms && item.schoolTerms !== 'all-year' && !item.schoolTermsArea) {
        emit('schedule_school_terms_area_missing', `${at}/schoolTerms`, { schoolTerms: item.schoolTerms });
      }
      if (item.schoolTerms !== 'term-time-only' || !item.startDate) return;
      const endDate = item.repeatFrequency ? item.endDate : (item.endDate ?? item.startDate);
      if (!endDate || endDate < item.startDate) return;
      // Only short spans can lie wholly in a holiday; walk them day by day.
      const days = (Date.parse(endDate) - Date.parse(item.startDate)) / 86_400_000;
      if (days > 14) return;
      for (let day = 0; day <= days; day++) {
        const date = new Date(Date.parse(item.startDate) + day * 86_400_000).toISOString().slice(0, 10);
        if (!isHolidayEverywhere(date)) return;
      }
      emit('schedule_term_time_only_in_holidays', `${at}/schoolTerms`, {
        startDate: item.startDate,
        endDate,
      });
    });
  },
});

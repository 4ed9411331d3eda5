import { defineRule } from '../define-rule.ts';

const known = new Map<string, boolean>();

/** Intl knows the IANA database the runtime ships; the answer is cached, as few zones ever appear. */
function isKnownTimezone(zone: string): boolean {
  let answer = known.get(zone);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: zone });
      answer = true;
    } catch {
      answer = false;
    }
    known.set(zone, answer);
  }
  return answer;
}

const withZone = (scheduleTimezone: string) => ({
  eventSchedule: [
    { repeatFrequency: 'P1W', byDay: ['Tuesday'], startTime: '17:00', endTime: '19:00', scheduleTimezone },
  ],
});

export default defineRule({
  id: 'schedule-timezone',
  notices: {
    schedule_timezone_unknown: {
      severity: 'error',
      summary: 'A schedule names a timezone that does not exist.',
      fields: ['timezone'],
      examples: {
        failing: { listing: withZone('Europe/Londn') },
        passing: { listing: withZone('Europe/London') },
      },
    },
  },
  check({ listing }, emit) {
    listing.eventSchedule?.forEach((item, index) => {
      if (!isKnownTimezone(item.scheduleTimezone)) {
        emit('schedule_timezone_unknown', `/eventSchedule/${index}/scheduleTimezone`, {
          timezone: item.scheduleTimezone,
        });
      }
    });
  },
});

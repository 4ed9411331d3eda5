// Generated from spec/0.1/openapi.json by packages/sdk/scripts/generate-paths.ts (openapi-typescript).
// Do not edit: run `pnpm --filter @openyouth/sdk generate`.
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dataset descriptor */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search listings
         * @description Find listings near a place, for an age, by category, need, day and time, cost, referral route, accessibility and words. Filters combine with AND; a list filter matches any of its values unless it says otherwise.
         */
        get: operations["searchListings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One listing */
        get: operations["getListing"];
        /**
         * Publish or replace a listing
         * @description For providers without a feed of their own. The key decides the organisation: the listing’s `organizer.id` must be its organisation, and the listing must not be another organisation’s. The listing is checked by the validator: errors refuse it, warnings come back in `notices`. It appears in search and in the feed at once.
         */
        put: operations["putListing"];
        post?: never;
        /**
         * Withdraw a listing
         * @description Withdraws a listing the key’s organisation published through this API; the feed carries the deletion.
         */
        delete: operations["deleteListing"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The RPDE change feed of listings
         * @description An RPDE 1.0 feed ordered by `modified` then `id`. Start without parameters and follow `next` until a page has no items; then poll that page.
         */
        get: operations["getListingsFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations that run listings */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vocab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vocabularies */
        get: operations["listVocabularies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vocab/{vocabulary}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vocabulary */
        get: operations["getVocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Listing
         * @description An activity, group, club, service, event or course that children and young people can be referred or signposted to.
         */
        Listing: {
            /**
             * @description Always `Listing`.
             * @example Listing
             * @enum {string}
             */
            type: "Listing";
            /**
             * Format: uri
             * @description A URL on a domain the publisher controls that names this listing and never changes, even when everything else about it does.
             * @example https://brightsparksyouth.org.uk/listings/tuesday-youth-club
             */
            id: string;
            /**
             * @description The publisher's own reference for the listing, such as a row number in its system.
             * @example YC-0042
             */
            identifier?: string;
            /**
             * @description The name of the activity, group or service, as young people would say it.
             * @example Tuesday Youth Club
             */
            name: string;
            /**
             * @description One or two short sentences saying what it is and who it is for, in plain English a 12-year-old can read.
             * @example A relaxed youth club with games, music, food and youth workers to talk to.
             */
            summary: string;
            /**
             * @description A fuller description in plain text (no HTML or markdown).
             * @example Drop in after school for pool, table tennis, music and a hot meal. Youth workers are always around if you want to talk about anything.
             */
            description?: string;
            /**
             * @description What sort of thing it is, from the `kinds` vocabulary.
             * @example club
             * @enum {string}
             */
            kind: "activity" | "club" | "group" | "drop-in" | "course" | "event" | "residential" | "service" | "mentoring-scheme" | "helpline" | "volunteering-opportunity";
            /**
             * @description What it is about, from the `categories` vocabulary. Most relevant first.
             * @example [
             *       "youth-clubs",
             *       "sport-and-physical-activity"
             *     ]
             */
            categories: ("arts-and-crafts" | "music" | "drama-and-theatre" | "dance" | "creative-writing" | "film-photography-and-media" | "gaming-and-digital" | "nature-and-outdoors" | "gardening-and-growing" | "animals" | "youth-clubs" | "mentoring" | "peer-support" | "mental-health-support" | "counselling-and-talking-therapies" | "mindfulness-and-relaxation" | "volunteering" | "social-action-and-youth-voice" | "skills-and-employability" | "homework-and-learning-support" | "life-skills" | "cooking-and-food" | "faith-and-culture" | "lgbtq-plus-groups" | "young-carers-support" | "send-and-disability" | "holiday-activities" | "family-activities" | "uniformed-groups" | "duke-of-edinburgh-award" | "advice-and-information" | "sport-and-physical-activity" | "football" | "basketball" | "swimming" | "water-sports" | "boxing" | "martial-arts" | "climbing" | "cycling" | "running-and-athletics" | "gymnastics-and-trampolining" | "skateboarding-and-wheeled-sports" | "yoga" | "fitness-and-gym" | "walking-and-hiking" | "multi-sport")[];
            /**
             * @description What it can help with, in plain language, from the `needs` vocabulary. Lets a link worker match it to a young person.
             * @example [
             *       "lonely-or-isolated",
             *       "confidence-and-self-esteem"
             *     ]
             */
            needs?: ("feeling-anxious" | "low-mood" | "stress" | "anger" | "lonely-or-isolated" | "making-friends" | "confidence-and-self-esteem" | "friendships-and-relationships" | "bullying" | "family-difficulties" | "caring-for-someone" | "bereavement-and-loss" | "difficult-experiences" | "feeling-unsafe" | "self-harm" | "body-image" | "sleep" | "school-worries" | "exam-stress" | "changes-and-transitions" | "identity" | "gender-and-sexuality" | "online-life" | "drugs-and-alcohol" | "future-and-work" | "being-more-active" | "something-to-do")[];
            /**
             * @description Which of the Five Ways to Wellbeing it supports, from the `five-ways` vocabulary.
             * @example [
             *       "connect",
             *       "be-active"
             *     ]
             */
            fiveWaysToWellbeing?: ("connect" | "be-active" | "take-notice" | "keep-learning" | "give")[];
            /** @description Photos that show what it is like, best first, each with a text alternative. */
            image?: components["schemas"]["Image"][];
            /** @description The organisation that runs it. */
            organizer: components["schemas"]["Organization"];
            /**
             * Format: uri
             * @description The web page about it.
             * @example https://brightsparksyouth.org.uk/youth-club
             */
            url?: string;
            /** @description How to ask about it. */
            contact?: components["schemas"]["Contact"];
            /**
             * Format: date-time
             * @description When the data about this listing last changed, with a UTC offset.
             * @example 2026-11-02T09:30:00Z
             */
            dateModified: string;
            /** @description The ages it is suitable for. Required: this is what makes it youth data. */
            ageRange: components["schemas"]["AgeRange"];
            /** @description Ages that are enforced, when they differ from who it suits. */
            ageRestriction?: components["schemas"]["AgeRestriction"];
            /** @description When it happens: repeating schedules and one-off dates. */
            eventSchedule?: components["schemas"]["Schedule"][];
            /**
             * @description True when sessions are arranged to suit each young person rather than at set times.
             * @example true
             */
            byAppointment?: boolean;
            /**
             * @description When it happens, in plain words, as it would appear on a poster.
             * @example Tuesdays 4.30 to 6pm in term time
             */
            scheduleDescription?: string;
            /**
             * @description Whether young people take part `in-person`, `online`, or both (`mixed`).
             * @example in-person
             * @enum {string}
             */
            attendanceMode: "in-person" | "online" | "mixed";
            /** @description Where it happens in person. */
            location?: components["schemas"]["Place"];
            /** @description The areas it serves, by ONS GSS code, for services without a single venue (home visits, outreach, online services for one area). */
            areaServed?: components["schemas"]["AdministrativeArea"][];
            /** @description How to join when it happens online. */
            online?: components["schemas"]["OnlineDetails"];
            /**
             * @description True when it costs nothing to take part.
             * @example true
             */
            isAccessibleForFree: boolean;
            /** @description Prices, including concessions, when it is not free. */
            offers?: components["schemas"]["Offer"][];
            /**
             * @description True when a free snack or meal is part of it.
             * @example true
             */
            foodProvided?: boolean;
            /**
             * @description True when everything needed to take part is provided.
             * @example true
             */
            equipmentProvided?: boolean;
            /**
             * @description Help with getting there: bus fares, lifts, a minibus, a walking bus.
             * @example Bus fares refunded on the day; a youth worker can meet you at the bus station for your first visit.
             */
            travelSupport?: string;
            /** @description Who can refer, how, and whether there is space. */
            referral?: components["schemas"]["Referral"];
            /** @description Whether consent is needed and whether a young person can come alone or with a trusted adult. */
            consentAndAccompaniment?: components["schemas"]["ConsentAndAccompaniment"];
            /** @description How young people are kept safe. */
            safeguarding?: components["schemas"]["Safeguarding"];
            /** @description The kind of space and how it feels. */
            space?: components["schemas"]["Space"];
            /** @description Accessibility, SEND support, languages and who it is specifically for. */
            inclusion?: components["schemas"]["Inclusion"];
            /** @description What the first time is like. */
            firstVisit?: components["schemas"]["FirstVisit"];
            /** @description How long it lasts and what comes after. */
            endings?: components["schemas"]["Endings"];
            /**
             * Format: date
             * @description When a person last confirmed it is still running and the details are right. Different from `dateModified`: checking without changing anything still counts.
             * @example 2026-10-15
             */
            lastVerified?: string;
            /**
             * @description The role of who checked it, never a personal name.
             * @example Youth services coordinator
             */
            verifiedBy?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Organization
         * @description The organisation that runs a listing or publishes a dataset: a charity, club, council service, school or company.
         */
        Organization: {
            /**
             * @description Always `Organization`.
             * @example Organization
             * @enum {string}
             */
            type: "Organization";
            /**
             * Format: uri
             * @description A URL on a domain the publisher controls that names this organisation and never changes, so directories can tell it is the same organisation across feeds.
             * @example https://brightsparksyouth.org.uk/#organization
             */
            id: string;
            /**
             * @description The name people know the organisation by.
             * @example Bright Sparks Youth Trust
             */
            name: string;
            /**
             * @description What the organisation does, in a sentence or two of plain English.
             * @example A youth charity running clubs, mentoring and holiday activities across east Bristol.
             */
            description?: string;
            /**
             * Format: uri
             * @description The organisation's website.
             * @example https://brightsparksyouth.org.uk/
             */
            url?: string;
            /**
             * Format: email
             * @description A public email address for the organisation, never a personal one.
             * @example hello@brightsparksyouth.org.uk
             */
            email?: string;
            /**
             * @description A public phone number for the organisation.
             * @example 0117 496 0123
             */
            telephone?: string;
            /**
             * @description The registered charity number: England and Wales (1123456), Scotland (SC012345) or Northern Ireland (NIC100123).
             * @example 1123456
             */
            charityNumber?: string;
            /**
             * @description The Companies House number: eight digits, or two letters and six digits.
             * @example 08123456
             */
            companyNumber?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Place
         * @description A venue or meeting point where a listing happens in person.
         */
        Place: {
            /**
             * @description Always `Place`.
             * @example Place
             * @enum {string}
             */
            type: "Place";
            /**
             * Format: uri
             * @description A URL on a domain the publisher controls for this venue, shared by every listing held there.
             * @example https://brightsparksyouth.org.uk/places/barton-hill
             */
            id?: string;
            /**
             * @description The name of the venue or meeting point.
             * @example Barton Hill Community Centre
             */
            name?: string;
            /** @description The postal address. */
            address?: components["schemas"]["PostalAddress"];
            /** @description The map position, so directories can find listings near someone. */
            geo?: components["schemas"]["GeoCoordinates"];
            /**
             * @description How to find it: which door, where to meet, what is nearby.
             * @example Use the side entrance on Queen Street; the youth room is on the ground floor.
             */
            description?: string;
            /**
             * @description The nearest bus stops, stations and routes.
             * @example Buses 48 and 49 stop outside (Queen Street stop). Lawrence Hill station is a 10-minute walk.
             */
            publicTransport?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * PostalAddress
         * @description A postal address. The postcode is required; the rest is recommended.
         */
        PostalAddress: {
            /**
             * @description The building and street, on one line.
             * @example Barton Hill Community Centre, 12 Queen Street
             */
            streetAddress?: string;
            /**
             * @description The town or city.
             * @example Bristol
             */
            addressLocality?: string;
            /**
             * @description The county or region, where it helps.
             * @example Avon
             */
            addressRegion?: string;
            /**
             * @description The UK postcode, with or without its space. Directories use it to find listings near someone.
             * @example BS5 9PN
             */
            postalCode: string;
            /**
             * @description The ISO 3166-1 country code. Leave out for the United Kingdom (GB).
             * @example GB
             */
            addressCountry?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * GeoCoordinates
         * @description Where a place is on the map, so directories can measure distance.
         */
        GeoCoordinates: {
            /**
             * @description Latitude in decimal degrees (WGS 84).
             * @example 51.4572
             */
            latitude: number;
            /**
             * @description Longitude in decimal degrees (WGS 84); west of Greenwich is negative.
             * @example -2.5633
             */
            longitude: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * AdministrativeArea
         * @description An area named by its ONS GSS code, such as the local authority a service covers.
         */
        AdministrativeArea: {
            /**
             * @description The ONS GSS code of the area, usually a local authority (E06000023 is Bristol, W06000015 is Cardiff).
             * @example E06000023
             */
            code: string;
            /**
             * @description The name of the area, for people reading the data.
             * @example Bristol, City of
             */
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * OnlineDetails
         * @description How a listing that happens online is joined.
         */
        OnlineDetails: {
            /**
             * @description The app or website the sessions use.
             * @example Discord
             */
            platform?: string;
            /**
             * Format: uri
             * @description Where to join or sign up. Never a private meeting link that anyone could use to join unchecked.
             * @example https://prideyouth.org.uk/online-group
             */
            url?: string;
            /**
             * @description What a young person does to join, including any check before they get the link.
             * @example Fill in the sign-up form; a youth worker will call you before sending the invite.
             */
            howToJoin?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Schedule
         * @description When a listing happens: a repeating pattern (weekly, fortnightly, monthly, in term time or in the holidays) or, with no `repeatFrequency`, a one-off date.
         */
        Schedule: {
            /**
             * @description A label when a listing has several schedules, such as an age group.
             * @example Juniors (11 to 13)
             */
            name?: string;
            /** @description The ages this schedule is for, when a listing runs separate sessions for narrower age groups within the listing's own age range. */
            ageRange?: components["schemas"]["AgeRange"];
            /**
             * @description How often it repeats, as an ISO 8601 duration: P1W weekly, P2W fortnightly, P1M monthly (with `byMonthWeek` or `byMonthDay`), P1D daily. Leave out for a one-off date.
             * @example P1W
             * @enum {string}
             */
            repeatFrequency?: "P1D" | "P1W" | "P2W" | "P3W" | "P4W" | "P1M";
            /**
             * @description The days of the week it runs on.
             * @example [
             *       "Tuesday",
             *       "Thursday"
             *     ]
             */
            byDay?: ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
            /**
             * @description For monthly schedules: which week of the month, with `byDay`. 1 is the first, -1 the last (the first Saturday is `byDay: [Saturday], byMonthWeek: [1]`).
             * @example [
             *       1
             *     ]
             */
            byMonthWeek?: (1 | 2 | 3 | 4 | 5 | -1)[];
            /**
             * @description For monthly schedules on a date: the days of the month.
             * @example [
             *       15
             *     ]
             */
            byMonthDay?: number[];
            /**
             * Format: date
             * @description For a one-off date, the date. For a repeating schedule, when the period it repeats in begins: sessions fall on the `byDay` days from this date on, and fortnightly or less frequent schedules count their weeks from the week of this date.
             * @example 2026-09-08
             */
            startDate?: string;
            /**
             * Format: date
             * @description The last date it runs on: when a repeating schedule stops, or the end of an event lasting several days.
             * @example 2027-07-20
             */
            endDate?: string;
            /**
             * @description The local time it starts, HH:MM on the 24-hour clock, in `scheduleTimezone`.
             * @example 16:30
             */
            startTime: string;
            /**
             * @description The local time it finishes, HH:MM on the 24-hour clock.
             * @example 18:00
             */
            endTime?: string;
            /**
             * Format: duration
             * @description How long each session lasts, as an ISO 8601 duration, when there is no fixed end time.
             * @example PT1H30M
             */
            duration?: string;
            /**
             * @description The IANA timezone the times are in. In the UK this is `Europe/London`.
             * @example Europe/London
             */
            scheduleTimezone: string;
            /**
             * @description Whether it follows the school year: `term-time-only` (stops in the holidays), `school-holidays-only`, or `all-year`.
             * @example term-time-only
             * @enum {string}
             */
            schoolTerms?: "term-time-only" | "school-holidays-only" | "all-year";
            /**
             * @description The local authority whose school term dates it follows, by ONS GSS code, when `schoolTerms` is not `all-year`.
             * @example E06000023
             */
            schoolTermsArea?: string;
            /**
             * @description Dates it does not run, such as bank holidays or a cancelled session.
             * @example [
             *       "2026-10-27",
             *       "2026-12-22"
             *     ]
             */
            exceptDate?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * Offer
         * @description A price for taking part, including concessions.
         */
        Offer: {
            /**
             * @description What this price is for, or who it is for.
             * @example Concession (free school meals)
             */
            name?: string;
            /**
             * @description The price in `priceCurrency`, as a number without the currency sign. 0 means free.
             * @example 2.5
             */
            price: number;
            /**
             * @description The ISO 4217 currency code.
             * @example GBP
             * @enum {string}
             */
            priceCurrency: "GBP" | "EUR";
            /**
             * @description Who this price is for, when it is a concession: `free-school-meals`, `low-income`, `care-experienced`, `young-carers`, `disabled`, `siblings`.
             * @example [
             *       "free-school-meals"
             *     ]
             */
            eligibility?: ("free-school-meals" | "low-income" | "care-experienced" | "young-carers" | "disabled" | "siblings")[];
            /**
             * @description What one price buys.
             * @example per session
             */
            unitText?: string;
            /**
             * @description Anything else about the price: how to pay, bursaries, what is included.
             * @example Pay on the day. Nobody is turned away for being unable to pay.
             */
            description?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * AgeRange
         * @description The ages a listing is suitable for, both ends included. Both bounds are required: a listing without an explicit age range is not youth data.
         */
        AgeRange: {
            /**
             * @description The youngest age, in whole years, the listing is suitable for.
             * @example 11
             */
            minValue: number;
            /**
             * @description The oldest age, in whole years, the listing is suitable for.
             * @example 16
             */
            maxValue: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * AgeRestriction
         * @description Ages that are enforced, for example by insurance or licensing. Separate from the age range, which says who the listing suits.
         */
        AgeRestriction: {
            /**
             * @description Nobody younger than this age can take part, whatever the circumstances.
             * @example 13
             */
            minValue?: number;
            /**
             * @description Nobody older than this age can take part.
             * @example 18
             */
            maxValue?: number;
            /**
             * @description Why the restriction exists, or exceptions to it.
             * @example Up to 25 for young people with an EHCP.
             */
            description?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Referral
         * @description Who can refer a young person, how, and whether there is space now.
         */
        Referral: {
            /**
             * @description Every way a young person can be referred or come along, from the `referral-routes` vocabulary. Include `self-referral` when a young person can simply get in touch.
             * @example [
             *       "self-referral",
             *       "school-or-college",
             *       "link-worker"
             *     ]
             */
            routes: ("self-referral" | "parent-or-carer" | "school-or-college" | "gp" | "link-worker" | "camhs" | "mental-health-support-team" | "school-nurse-or-health-visitor" | "other-health-professional" | "youth-worker" | "voluntary-sector" | "social-care" | "youth-justice")[];
            /**
             * @description Who can join, beyond the age range and the groups in `inclusion.specificallyFor`: a partner school, living in an area, an assessment first.
             * @example For pupils at partner secondary schools in Hackney. A short home visit comes first.
             */
            eligibility?: string;
            /**
             * @description What to do to refer someone or to join, step by step, in plain words.
             * @example Fill in the short online form or ring the youth team. We reply within two working days.
             */
            howToRefer?: string;
            /**
             * Format: uri
             * @description The referral or sign-up form.
             * @example https://brightsparksyouth.org.uk/refer
             */
            url?: string;
            /**
             * Format: email
             * @description Where referrals are sent by email.
             * @example referrals@brightsparksyouth.org.uk
             */
            email?: string;
            /**
             * @description A phone number for referrals.
             * @example 0117 496 0124
             */
            telephone?: string;
            /**
             * @description Whether it is taking people now: `taking-referrals`, `waiting-list`, `full` (not taking anyone new) or `paused`.
             * @example taking-referrals
             * @enum {string}
             */
            capacityStatus?: "taking-referrals" | "waiting-list" | "full" | "paused";
            /**
             * Format: duration
             * @description The usual wait from referral to first session, as an ISO 8601 duration.
             * @example P3W
             */
            waitingTime?: string;
            /**
             * @description True when a young person can come to a first session to try it before deciding.
             * @example true
             */
            comeAndTry?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * ConsentAndAccompaniment
         * @description Whether a parent or carer has to agree, and whether a young person can come alone or with a trusted adult.
         */
        ConsentAndAccompaniment: {
            /**
             * @description True when a parent or carer must agree before a young person takes part. With `parentalConsentBelowAge`, only younger people need it.
             * @example true
             */
            parentalConsentRequired?: boolean;
            /**
             * @description When only younger people need consent: consent is needed for anyone younger than this age.
             * @example 16
             */
            parentalConsentBelowAge?: number;
            /**
             * @description True when a young person can come on their own, without an adult.
             * @example true
             */
            canComeAlone?: boolean;
            /**
             * @description The youngest age at which a young person can come on their own; anyone younger must come with a parent, carer or other responsible adult.
             * @example 11
             */
            canComeAloneFromAge?: number;
            /**
             * @description True when a parent, carer or other trusted adult is welcome to come along, at least at first.
             * @example true
             */
            trustedAdultCanCome?: boolean;
            /**
             * @description Anything else about consent or coming with someone, such as an adult having to stay or join in.
             * @example Under-16s need an adult with them in the water.
             */
            notes?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Safeguarding
         * @description How the provider keeps young people safe and how it can be checked.
         */
        Safeguarding: {
            /**
             * Format: uri
             * @description The published safeguarding policy.
             * @example https://brightsparksyouth.org.uk/safeguarding
             */
            policyUrl?: string;
            /**
             * @description True when every member of staff and every volunteer working with young people has the enhanced check for their nation: DBS (England and Wales), PVG (Scotland) or AccessNI (Northern Ireland).
             * @example true
             */
            staffBackgroundChecked?: boolean;
            /** @description How to reach the designated safeguarding lead. */
            designatedSafeguardingLead?: components["schemas"]["SafeguardingLead"];
            /**
             * @description True when staff running it are trained in youth mental health, such as Youth Mental Health First Aid.
             * @example true
             */
            staffTrainedInMentalHealth?: boolean;
            /**
             * @description What training staff have, in plain words.
             * @example All youth workers hold Youth Mental Health First Aid and Level 3 safeguarding training.
             */
            trainingDescription?: string;
            /** @description Quality marks, accreditations and registrations the provider holds. */
            qualityMarks?: components["schemas"]["QualityMark"][];
            /**
             * @description True when the provider holds public liability insurance.
             * @example true
             */
            insured?: boolean;
            /** @description Registrations with an inspectorate or regulator, such as Ofsted for a holiday club. */
            registrations?: components["schemas"]["Registration"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * SafeguardingLead
         * @description How to reach the designated safeguarding lead, by role.
         */
        SafeguardingLead: {
            /**
             * @description The role of the designated safeguarding lead, never a personal name.
             * @example Designated Safeguarding Lead, Youth Services
             */
            role: string;
            /**
             * Format: email
             * @description A role email address for safeguarding concerns.
             * @example safeguarding@brightsparksyouth.org.uk
             */
            email?: string;
            /**
             * @description A phone number for safeguarding concerns.
             * @example 0117 496 0125
             */
            telephone?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * QualityMark
         * @description A quality mark, accreditation or registration held by the provider.
         */
        QualityMark: {
            /**
             * @description The name of the quality mark, accreditation or registration.
             * @example Quality Mark for Youth Work (Bronze)
             */
            name: string;
            /**
             * Format: uri
             * @description Where the award can be checked.
             * @example https://example-awarding-body.org.uk/awards/12345
             */
            url?: string;
            /**
             * Format: date
             * @description When the award runs out.
             * @example 2027-03-31
             */
            validUntil?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Registration
         * @description A registration with an inspectorate or regulator, which anyone can check.
         */
        Registration: {
            /**
             * @description The regulator: `ofsted` (England), `care-inspectorate` (Scotland), `care-inspectorate-wales`, `rqia` (Northern Ireland), or `cqc` for health services in England.
             * @example ofsted
             * @enum {string}
             */
            regulator: "ofsted" | "care-inspectorate" | "care-inspectorate-wales" | "rqia" | "cqc";
            /**
             * @description The registration or unique reference number the regulator gave.
             * @example EY123456
             */
            reference: string;
            /**
             * Format: uri
             * @description The public record or latest inspection report.
             * @example https://reports.ofsted.gov.uk/provider/16/EY123456
             */
            url?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Space
         * @description The kind of space and how it feels: the setting, group or one to one, drop-in or booked, and whether there is somewhere quiet.
         */
        Space: {
            /**
             * @description The kinds of place it happens in, from the `settings` vocabulary. The usual one first.
             * @example [
             *       "youth-centre"
             *     ]
             */
            settings: ("school" | "college-or-university" | "youth-centre" | "community-centre" | "workshop-or-makerspace" | "shop-or-community-pantry" | "library" | "sports-centre" | "arts-venue" | "outdoors" | "place-of-worship" | "cafe-or-social-space" | "health-centre" | "hospital" | "street-based" | "home-visit" | "online" | "phone-or-text")[];
            /**
             * @description Whether young people take part in a group, one to one, or both.
             * @example group
             * @enum {string}
             */
            groupFormat?: "group" | "one-to-one" | "group-and-one-to-one";
            /**
             * @description The smallest usual group.
             * @example 6
             */
            groupSizeMin?: number;
            /**
             * @description The largest usual group.
             * @example 15
             */
            groupSizeMax?: number;
            /**
             * @description True when young people can just turn up; false when a place must be booked first.
             * @example true
             */
            dropIn?: boolean;
            /**
             * @description True when there is a quiet space to take a break or talk privately.
             * @example true
             */
            quietSpace?: boolean;
            /**
             * @description What the space is like, as a young person walking in would see it.
             * @example A bright room with sofas, a pool table and a kitchen. There is a smaller side room if it gets too busy.
             */
            description?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Inclusion
         * @description Accessibility, SEND support, languages and the groups a listing is specifically for.
         */
        Inclusion: {
            /**
             * @description Accessibility and inclusion features, from the `inclusion` vocabulary.
             * @example [
             *       "wheelchair-accessible",
             *       "neurodivergent-friendly"
             *     ]
             */
            features?: ("wheelchair-accessible" | "step-free-access" | "accessible-toilet" | "changing-places-toilet" | "accessible-parking" | "hearing-loop" | "bsl-interpreter" | "bsl-led" | "visual-impairment-support" | "easy-read-information" | "community-language-support" | "sensory-friendly" | "neurodivergent-friendly" | "send-trained-staff" | "one-to-one-support" | "support-worker-welcome" | "adapted-equipment" | "assistance-dogs-welcome" | "gender-neutral-toilets" | "private-changing" | "choice-of-staff-gender" | "lgbtq-plus-inclusive" | "prayer-space" | "dietary-needs-met")[];
            /**
             * @description Groups it is run specifically for, from the `audiences` vocabulary. Leave out when it is open to all young people in the age range.
             * @example [
             *       "young-carers"
             *     ]
             */
            specificallyFor?: ("young-carers" | "care-experienced" | "lgbtq-plus" | "trans-and-non-binary" | "girls-and-young-women" | "boys-and-young-men" | "send" | "neurodivergent" | "long-term-health-conditions" | "bereaved" | "refugees-and-asylum-seekers" | "racially-minoritised" | "gypsy-roma-and-traveller" | "young-parents" | "not-in-education-employment-or-training" | "home-educated" | "in-contact-with-youth-justice" | "armed-forces-families")[];
            /**
             * @description With `specificallyFor`: true when young people outside those groups are welcome too, false when it is only for them.
             * @example false
             */
            openToOthers?: boolean;
            /**
             * @description Languages sessions are run in, as BCP 47 tags: `en`, `cy` (Welsh), `bfi` (British Sign Language).
             * @example [
             *       "en",
             *       "cy"
             *     ]
             */
            languages?: string[];
            /**
             * @description The support offered to young people with special educational needs and disabilities.
             * @example Staff are trained in autism awareness; a visual timetable and ear defenders are available.
             */
            sendSupport?: string;
            /**
             * @description Anything else that helps someone decide whether it will work for them.
             * @example Girls-only session on Wednesdays, run by female staff.
             */
            description?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * FirstVisit
         * @description What the first time is like: the thing an anxious young person most wants to know.
         */
        FirstVisit: {
            /**
             * @description What happens the first time, step by step, written for an anxious young person.
             * @example Someone meets you at the door, shows you round and introduces you to one or two people. You can just watch if you like.
             */
            whatHappens?: string;
            /**
             * @description Who will be there: roles, not names.
             * @example Two youth workers and a volunteer peer mentor who used to come to the group.
             */
            whoYouWillMeet?: string;
            /**
             * @description What to wear or bring, if anything.
             * @example Comfy clothes and trainers. A water bottle helps.
             */
            whatToBring?: string;
            /**
             * @description True when a young person can come and look round before joining.
             * @example true
             */
            canVisitBeforeJoining?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * Endings
         * @description How long it lasts and what comes after: endings matter to young people.
         */
        Endings: {
            /**
             * Format: duration
             * @description How long it lasts, as an ISO 8601 duration: for one young person on a programme, or the whole run of a project that runs for a fixed period.
             * @example P6W
             */
            duration?: string;
            /**
             * @description How many sessions a programme has.
             * @example 6
             */
            numberOfSessions?: number;
            /**
             * @description True when young people can keep coming for as long as it helps, with no fixed end.
             * @example false
             */
            ongoing?: boolean;
            /**
             * @description How the ending is prepared for, so it does not come as a shock.
             * @example We talk about the last session from week 4 and help each young person choose what to do next.
             */
            howEndingsAreHandled?: string;
            /** @description Listings a young person can move on to afterwards. */
            followOn?: components["schemas"]["FollowOn"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * FollowOn
         * @description A listing a young person can move on to afterwards.
         */
        FollowOn: {
            /**
             * Format: uri
             * @description The `id` of the listing a young person can move on to; it may be in another dataset.
             * @example https://brightsparksyouth.org.uk/listings/friday-youth-club
             */
            id: string;
            /**
             * @description The name of that listing, for readers who cannot look it up.
             * @example Friday Youth Club
             */
            name?: string;
            /**
             * @description Why it is a good next step.
             * @example Many young people carry on here with friends they made on the course.
             */
            description?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Contact
         * @description How to get in touch about a listing. Public contact details only.
         */
        Contact: {
            /**
             * @description Who answers: a team or a role rather than a named person, so the listing stays true when staff change.
             * @example Youth team
             */
            name?: string;
            /**
             * Format: email
             * @description A public email address.
             * @example youth@brightsparksyouth.org.uk
             */
            email?: string;
            /**
             * @description A public phone number.
             * @example 0117 496 0123
             */
            telephone?: string;
            /**
             * Format: uri
             * @description A web page with contact details or a contact form.
             * @example https://brightsparksyouth.org.uk/contact
             */
            url?: string;
            /**
             * @description When someone will answer, in plain words.
             * @example Weekdays 10am to 4pm
             */
            hours?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Image
         * @description A photo or picture, always with a text alternative.
         */
        Image: {
            /**
             * Format: uri
             * @description Where the image is. Use photos the publisher has permission to share, with no child identifiable without consent.
             * @example https://brightsparksyouth.org.uk/images/youth-club-kitchen.jpg
             */
            url: string;
            /**
             * @description A text alternative for people who cannot see the image: what it shows, in a sentence.
             * @example Young people cooking pizza together in the youth club kitchen.
             */
            description: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * FeedPage
         * @description One page of an RPDE 1.0 change feed of listings.
         */
        FeedPage: {
            /**
             * Format: uri
             * @description The URL of the next page. On the last page, `items` is empty and `next` is this page’s own URL, so a reader can poll it for new changes.
             * @example https://brightsparksyouth.org.uk/feeds/listings?afterTimestamp=1793611800000&afterId=tuesday-youth-club
             */
            next: string;
            /** @description The changes on this page, ordered by `modified` then `id`. Empty only on the last page, as RPDE requires. */
            items: components["schemas"]["FeedItem"][];
            /**
             * Format: uri
             * @description The licence the data is published under.
             * @example https://creativecommons.org/licenses/by/4.0/
             */
            license: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * FeedItem
         * @description One change in an RPDE feed: a listing that was added or updated, or one that was deleted.
         */
        FeedItem: {
            /**
             * @description `updated` when the item is new or changed, `deleted` when it has gone.
             * @example updated
             * @enum {string}
             */
            state: "updated" | "deleted";
            /**
             * @description The type of the item: always `Listing` in an OpenYouth listings feed.
             * @example Listing
             * @enum {string}
             */
            kind: "Listing";
            /**
             * @description The item's id within the feed, unique and never reused. Usually the listing's `id`.
             * @example https://brightsparksyouth.org.uk/listings/tuesday-youth-club
             */
            id: string;
            /**
             * @description A number that grows every time the item changes, such as a timestamp in milliseconds or a database change counter. Readers must keep it exact even above 2^53.
             * @example 1793611800000
             */
            modified: number;
            /** @description The listing, present only when `state` is `updated`. */
            data?: components["schemas"]["Listing"];
        } & {
            [key: string]: unknown;
        };
        /**
         * Dataset
         * @description The dataset descriptor a publisher serves at the root of its data: who publishes, under what licence, and where the feeds are.
         */
        Dataset: {
            /**
             * @description Always `Dataset`.
             * @example Dataset
             * @enum {string}
             */
            type: "Dataset";
            /**
             * Format: uri
             * @description The URL of this descriptor: the root of the publisher’s data.
             * @example https://brightsparksyouth.org.uk/openyouth/
             */
            id: string;
            /**
             * @description The name of the dataset.
             * @example Bright Sparks Youth Trust activities
             */
            name: string;
            /**
             * @description What the dataset holds and who it is for.
             * @example Clubs, groups and holiday activities for young people aged 8 to 19 in east Bristol.
             */
            description: string;
            /**
             * Format: uri
             * @description A web page about the dataset for people.
             * @example https://brightsparksyouth.org.uk/open-data
             */
            url?: string;
            /** @description Who publishes the data. */
            publisher: components["schemas"]["Organization"];
            /**
             * Format: uri
             * @description The licence the data is published under. An open licence such as CC BY 4.0 or OGL v3 lets every directory reuse it.
             * @example https://creativecommons.org/licenses/by/4.0/
             */
            license: string;
            /**
             * Format: uri
             * @description The version of the OpenYouth standard the data follows.
             * @example https://openyouth.org/spec/0.1/
             */
            conformsTo?: string;
            /**
             * Format: date-time
             * @description When anything in the dataset last changed.
             * @example 2026-11-02T09:30:00Z
             */
            dateModified: string;
            /** @description Who to tell about a problem with the data. */
            contact?: components["schemas"]["Contact"];
            /**
             * Format: uri
             * @description Documentation for people using the data.
             * @example https://brightsparksyouth.org.uk/open-data/help
             */
            documentation?: string;
            /**
             * @description The languages the listings are written in.
             * @example [
             *       "en"
             *     ]
             */
            inLanguage?: string[];
            /** @description The areas the dataset covers. */
            areaServed?: components["schemas"]["AdministrativeArea"][];
            /** @description The feeds the dataset publishes. */
            distribution: components["schemas"]["DataDownload"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * DataDownload
         * @description A feed a dataset publishes.
         */
        DataDownload: {
            /**
             * @description Always `DataDownload`.
             * @example DataDownload
             * @enum {string}
             */
            type: "DataDownload";
            /**
             * @description What the feed holds.
             * @example Listings
             */
            name: string;
            /**
             * @description The RPDE `kind` of the feed’s items.
             * @example Listing
             * @enum {string}
             */
            kind: "Listing";
            /**
             * Format: uri
             * @description The first page of the feed.
             * @example https://brightsparksyouth.org.uk/feeds/listings
             */
            contentUrl: string;
            /**
             * @description The format of the feed: an RPDE 1.0 change feed.
             * @example application/vnd.openactive.rpde+json; version=1
             * @enum {string}
             */
            encodingFormat: "application/vnd.openactive.rpde+json; version=1";
        } & {
            [key: string]: unknown;
        };
        /**
         * Vocabulary
         * @description A published vocabulary of terms that listings use as values.
         */
        Vocabulary: {
            /**
             * Format: uri
             * @description Where the vocabulary is published.
             * @example https://openyouth.org/spec/0.1/vocab/needs.json
             */
            uri: string;
            /**
             * @description The vocabulary’s short id, named in the schema property descriptions.
             * @example needs
             */
            id: string;
            /**
             * @description The vocabulary’s title.
             * @example Needs
             */
            title: string;
            /**
             * @description What the vocabulary is for.
             * @example What a listing can help with, in the words a young person would use.
             */
            description: string;
            /**
             * @description The version of the standard it belongs to.
             * @example 0.1
             */
            version: string;
            /** @description The terms, in the order they are best shown to people. */
            concepts: components["schemas"]["Concept"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * Concept
         * @description One term of a vocabulary.
         */
        Concept: {
            /**
             * @description The stable id used as the value in listings.
             * @example feeling-anxious
             */
            id: string;
            /**
             * @description A short label for people.
             * @example Feeling anxious
             */
            label: string;
            /**
             * @description What the term covers, in plain English.
             * @example Worrying a lot, feeling panicky or on edge, or avoiding things because of worry.
             */
            definition: string;
            /**
             * @description The id of a wider concept in the same vocabulary.
             * @example sport-and-physical-activity
             */
            broader?: string;
            /** @description Corresponding terms in other published lists. */
            mappings?: components["schemas"]["ConceptMapping"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * ConceptMapping
         * @description Where a concept corresponds to a term in another published list.
         */
        ConceptMapping: {
            /**
             * @description The other list: OpenActive’s activity list, or an LGA/ESD list used by Open Referral UK.
             * @example openactive-activity-list
             * @enum {string}
             */
            scheme: "openactive-activity-list" | "esd-services" | "esd-needs" | "esd-circumstances";
            /**
             * Format: uri
             * @description The term’s URI in that list.
             * @example https://openactive.io/activity-list#6ca15167-51da-4d91-a1ae-8a45dc47b0ea
             */
            uri: string;
            /**
             * @description The term’s label in that list.
             * @example Dance
             */
            label: string;
            /**
             * @description How closely it matches, as in SKOS: `broad` when their term is wider than ours.
             * @example exact
             * @enum {string}
             */
            match: "exact" | "close" | "broad" | "narrow" | "related";
        } & {
            [key: string]: unknown;
        };
        /** @description An error, as RFC 9457 problem details. */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI naming the kind of problem.
             */
            type: string;
            /** @description A short summary of the kind of problem. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong this time and how to put it right. */
            detail?: string;
            /** @description The request the problem concerns. */
            instance?: string;
            /** @description Each problem with the request, with where it is. */
            errors?: {
                /** @description The query parameter at fault. */
                parameter?: string;
                /** @description A JSON Pointer into the request body. */
                pointer?: string;
                /** @description The validator’s notice code, for a request body it checked. */
                code?: string;
                /** @description What is wrong and how to fix it. */
                message: string;
            }[];
        };
        ListingSearchResult: {
            listing: components["schemas"]["Listing"];
            /** @description Distance in kilometres from the searched point to the listing’s location. */
            distanceKm?: number;
            /**
             * @description How recently a person confirmed the listing: `fresh` within 6 months, `ageing` within 12, `stale` beyond, `unknown` when never.
             * @enum {string}
             */
            freshness: "fresh" | "ageing" | "stale" | "unknown";
        };
        ListingSearchPage: {
            items: components["schemas"]["ListingSearchResult"][];
            /** @description How many listings match in all. */
            total: number;
            /** @description This page’s number, from 1. */
            page: number;
            /** @description The page size. */
            limit: number;
            /**
             * Format: uri-reference
             * @description The next page, when there is one.
             */
            next?: string;
        };
        OrganizationPage: {
            items: components["schemas"]["Organization"][];
            total: number;
            page: number;
            limit: number;
            /** Format: uri-reference */
            next?: string;
        };
        PublishResult: {
            /**
             * Format: uri
             * @description The listing’s `id`.
             */
            id: string;
            /** @description What the validator would improve (warnings and hints); the listing is published as it is. */
            notices: components["schemas"]["Notice"][];
        };
        Notice: {
            /** @description The validator’s stable notice code. */
            code: string;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            /** @description A JSON Pointer to the property concerned. */
            pointer: string;
            /** @description What is wrong and how to fix it. */
            message: string;
        };
        VocabularySummary: {
            /** @description The vocabulary’s short id. */
            id: string;
            title: string;
            /** Format: uri */
            uri: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset descriptor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Too many requests: try again after the time the `Retry-After` header gives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchListings: {
        parameters: {
            query?: {
                /** @description Search near this UK postcode. */
                postcode?: string;
                /** @description Search near this latitude (with `lng`). */
                lat?: number;
                /** @description Search near this longitude (with `lat`). */
                lng?: number;
                /** @description How far from the point to search, in kilometres. */
                radiusKm?: number;
                /** @description Only listings suitable for a young person of this age. */
                age?: number;
                /** @description Only listings in any of these categories. */
                category?: ("arts-and-crafts" | "music" | "drama-and-theatre" | "dance" | "creative-writing" | "film-photography-and-media" | "gaming-and-digital" | "nature-and-outdoors" | "gardening-and-growing" | "animals" | "youth-clubs" | "mentoring" | "peer-support" | "mental-health-support" | "counselling-and-talking-therapies" | "mindfulness-and-relaxation" | "volunteering" | "social-action-and-youth-voice" | "skills-and-employability" | "homework-and-learning-support" | "life-skills" | "cooking-and-food" | "faith-and-culture" | "lgbtq-plus-groups" | "young-carers-support" | "send-and-disability" | "holiday-activities" | "family-activities" | "uniformed-groups" | "duke-of-edinburgh-award" | "advice-and-information" | "sport-and-physical-activity" | "football" | "basketball" | "swimming" | "water-sports" | "boxing" | "martial-arts" | "climbing" | "cycling" | "running-and-athletics" | "gymnastics-and-trampolining" | "skateboarding-and-wheeled-sports" | "yoga" | "fitness-and-gym" | "walking-and-hiking" | "multi-sport")[];
                /** @description Only listings that help with any of these needs. */
                need?: ("feeling-anxious" | "low-mood" | "stress" | "anger" | "lonely-or-isolated" | "making-friends" | "confidence-and-self-esteem" | "friendships-and-relationships" | "bullying" | "family-difficulties" | "caring-for-someone" | "bereavement-and-loss" | "difficult-experiences" | "feeling-unsafe" | "self-harm" | "body-image" | "sleep" | "school-worries" | "exam-stress" | "changes-and-transitions" | "identity" | "gender-and-sexuality" | "online-life" | "drugs-and-alcohol" | "future-and-work" | "being-more-active" | "something-to-do")[];
                /** @description Only listings that run on any of these days. */
                day?: ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
                /** @description Only sessions starting at or after this local time (HH:MM). */
                startsAfter?: string;
                /** @description Only sessions ending at or before this local time (HH:MM). */
                endsBefore?: string;
                /** @description Only listings that are free to take part in. */
                free?: boolean;
                /** @description Only listings a young person can join by getting in touch themselves. */
                selfReferral?: boolean;
                /** @description Only listings with all of these accessibility and inclusion features. */
                accessibility?: ("wheelchair-accessible" | "step-free-access" | "accessible-toilet" | "changing-places-toilet" | "accessible-parking" | "hearing-loop" | "bsl-interpreter" | "bsl-led" | "visual-impairment-support" | "easy-read-information" | "community-language-support" | "sensory-friendly" | "neurodivergent-friendly" | "send-trained-staff" | "one-to-one-support" | "support-worker-welcome" | "adapted-equipment" | "assistance-dogs-welcome" | "gender-neutral-toilets" | "private-changing" | "choice-of-staff-gender" | "lgbtq-plus-inclusive" | "prayer-space" | "dietary-needs-met")[];
                /** @description Only listings that take place this way. */
                attendanceMode?: "in-person" | "online" | "mixed";
                /** @description Only listings in any of these capacity states. */
                capacityStatus?: ("taking-referrals" | "waiting-list" | "full" | "paused")[];
                /** @description Words to search for in names, summaries and descriptions. */
                q?: string;
                /** @description Order results by `distance` (needs a place) or `relevance`. */
                sort?: "distance" | "relevance";
                /** @description The page to return, from 1. */
                page?: number;
                /** @description How many results per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching listings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingSearchPage"];
                };
            };
            /** @description A query parameter is not valid; `errors` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the time the `Retry-After` header gives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing's `id`, percent-encoded. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Listing"];
                };
            };
            /** @description There is no listing with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the time the `Retry-After` header gives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing's `id`, percent-encoded. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Listing"];
            };
        };
        responses: {
            /** @description The listing replaced the earlier version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishResult"];
                };
            };
            /** @description The listing is new. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishResult"];
                };
            };
            /** @description The body is not JSON, or its `id` is not the one in the path. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The listing belongs to an organisation this key may not write for. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This server does not accept listings from providers. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The listing has validator errors; `errors` lists each, with its pointer. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the time the `Retry-After` header gives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing's `id`, percent-encoded. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing is withdrawn. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key, or one that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The listing belongs to another organisation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This organisation has published no listing with that id here. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This server does not accept listings from providers. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the time the `Retry-After` header gives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListingsFeed: {
        parameters: {
            query?: {
                /** @description Return items modified after this value (from the previous page’s `next`). */
                afterTimestamp?: number;
                /** @description With `afterTimestamp`: return items after this id among those with the same `modified`. */
                afterId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the feed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedPage"];
                };
            };
            /** @description The paging parameters are not valid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the time the `Retry-After` header gives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description The page to return, from 1. */
                page?: number;
                /** @description How many results per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organisations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPage"];
                };
            };
            /** @description A query parameter is not valid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the time the `Retry-After` header gives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation's `id`, percent-encoded. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description There is no organisation with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the time the `Retry-After` header gives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVocabularies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every vocabulary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocabularySummary"][];
                };
            };
            /** @description Too many requests: try again after the time the `Retry-After` header gives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVocabulary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The vocabulary’s id. */
                vocabulary: "kinds" | "categories" | "needs" | "referral-routes" | "settings" | "inclusion" | "audiences" | "five-ways";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vocabulary with all its concepts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vocabulary"];
                };
            };
            /** @description There is no vocabulary with that id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: try again after the time the `Retry-After` header gives. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

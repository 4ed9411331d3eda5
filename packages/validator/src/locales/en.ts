/**
 * Every notice in plain English: the message a publisher sees, why it matters and how to fix it.
 * The one place wording lives; a test fails when a code has no entry here.
 */
export interface LocaleEntry {
  message: (params: Record<string, unknown>) => string;
  why: string;
  fix: string;
}

type P = Record<string, unknown>;
const list = (values: unknown) =>
  Array.isArray(values) ? values.map((value) => `'${value}'`).join(', ') : '';
const suggest = (params: P) => (params.suggestion ? ` Did you mean '${params.suggestion}'?` : '');

export const en: Record<string, LocaleEntry> = {
  // Structure
  schema_required_property_missing: {
    message: (p) => `'${p.property}' is missing, and the standard requires it.`,
    why: 'Directories rely on the required properties to show and search every listing; without one, the listing cannot be used.',
    fix: 'Add the property. The reference documentation describes each one and gives an example.',
  },
  schema_unknown_property: {
    message: (p) => `'${p.property}' is not a property the standard knows.${suggest(p)}`,
    why: 'Directories ignore properties they do not know, so whatever it says is lost. Often it is a misspelling of a real property.',
    fix: 'Correct the spelling, or remove it. Your own extra properties need a prefix, such as `myorg:internalCode`.',
  },
  vocabulary_term_unknown: {
    message: (p) => `'${p.value}' is not a term in the ${p.vocabulary} vocabulary.${suggest(p)}`,
    why: 'Directories filter and match on vocabulary terms; a term they do not know never shows up in a search.',
    fix: 'Use a term from the vocabulary exactly as it is written (lower case, with hyphens). The vocabularies are listed in the reference documentation.',
  },
  schema_value_not_allowed: {
    message: (p) => `'${p.value}' is not allowed here. Use one of: ${list(p.allowed)}.${suggest(p)}`,
    why: 'Only a small set of values has an agreed meaning for this property.',
    fix: 'Replace the value with one of the allowed values.',
  },
  schema_null_value: {
    message: () => 'This is empty (null). Leave the property out instead.',
    why: 'The standard never publishes null: a missing property already says "not known".',
    fix: 'Remove the property, or give it a real value.',
  },
  schema_wrong_type: {
    message: (p) => `This should be ${article(String(p.expected))}, but it is ${article(String(p.actual))}.`,
    why: 'Directories read each property as one kind of value; a number written as text, or a list where one value is expected, cannot be read.',
    fix: 'Write the value as the right kind: numbers and true/false without quotes, lists in square brackets.',
  },
  schema_text_empty: {
    message: () => 'This text is empty.',
    why: 'An empty text tells a reader nothing and shows as a blank in directories.',
    fix: 'Write the text, or leave the property out if it is optional.',
  },
  schema_text_too_long: {
    message: (p) => `This text is ${p.length ?? 'too many'} characters long; the most allowed is ${p.limit}.`,
    why: 'Directories have limited room, and short text is easier to read.',
    fix: 'Shorten the text. Put more detail in the description, which allows 5,000 characters.',
  },
  schema_format_invalid: {
    message: (p) => `'${p.value}' is not written as ${p.expected ?? `a valid ${p.format}`}.`,
    why: 'Dates, times and addresses have to be written one agreed way so every directory reads them the same.',
    fix: 'Rewrite the value in the format shown in the message.',
  },
  schema_pattern_mismatch: {
    message: (p) => `'${p.value}' should be ${p.expected}.`,
    why: 'This value has to follow a fixed pattern so that computers can read it.',
    fix: 'Rewrite the value to follow the pattern shown in the message.',
  },
  schema_number_out_of_range: {
    message: (p) => `${p.value} is out of range: it must be ${p.comparison} ${p.limit}.`,
    why: 'A number outside this range cannot be right, such as a negative age.',
    fix: 'Check the number and correct it.',
  },
  schema_list_empty: {
    message: () => 'This list is empty.',
    why: 'An empty list says nothing; the standard never publishes one.',
    fix: 'Add at least one value, or leave the property out if it is optional.',
  },
  schema_list_too_long: {
    message: (p) => `This list has more than ${p.limit} values.`,
    why: 'Long lists make listings hard to scan and usually mean values were copied in bulk.',
    fix: `Keep the most relevant values, first ones first, up to the limit.`,
  },
  schema_list_has_duplicates: {
    message: (p) => `Values ${p.first} and ${p.second} of this list are the same (counting from 0).`,
    why: 'Each value should appear once.',
    fix: 'Remove the repeated value.',
  },
  schema_object_empty: {
    message: () => 'This group of properties is empty.',
    why: 'An empty group tells a reader nothing.',
    fix: 'Fill in at least one property of the group, or leave the group out.',
  },
  schema_property_not_allowed: {
    message: (p) => `'${p.property}' must not be given here.`,
    why: 'Some properties are forbidden in some cases: a deleted feed item carries no data, so that consumers delete it.',
    fix: 'Remove the property.',
  },
  schema_invalid: {
    message: (p) => `This breaks the schema (${p.keyword}): ${p.detail}.`,
    why: 'The data does not match the published JSON Schema.',
    fix: 'Compare the data with the reference documentation for this type.',
  },

  // Input
  json_syntax_invalid: {
    message: (p) => `This is not valid JSON: ${p.problem}.`,
    why: 'Nothing in a file can be checked or used until it is valid JSON.',
    fix: 'Look at the line and column given: a missing or extra comma, quote or bracket is the usual cause. Spreadsheets can be converted with `openyouth convert`.',
  },
  document_not_recognised: {
    message: (p) =>
      `This is ${article(String(p.found))}, not a listing, a list of listings, a feed page or a dataset descriptor.`,
    why: 'The validator needs to know what the data is to check it.',
    fix: 'Give a JSON object with "type": "Listing" (or an array of them), an RPDE feed page, or a dataset descriptor.',
  },
  nesting_too_deep: {
    message: (p) => `Values are nested more than ${p.limit} levels deep.`,
    why: 'No OpenYouth data nests that deep; such input is broken or hostile, and is not read further.',
    fix: 'Check how the file was produced.',
  },
  item_too_large: {
    message: (p) => `This item is ${p.bytes} bytes; the validator reads items up to ${p.limit} bytes.`,
    why: 'A single listing is a few kilobytes; something far larger is not a listing, and reading it could exhaust memory.',
    fix: 'Check how the file was produced, or raise the limit with --max-item-bytes if the item is genuine.',
  },

  // Age
  age_range_inverted: {
    message: (p) => `The youngest age (${p.minValue}) is greater than the oldest age (${p.maxValue}).`,
    why: 'Nobody can be both; directories would never show the listing to anyone.',
    fix: 'Swap the two ages.',
  },
  age_range_not_youth: {
    message: (p) =>
      `The age range starts at ${p.minValue}, above ${p.limit}: this is not an activity for young people.`,
    why: 'OpenYouth is for children and young people up to 25. Directories for young people will not show it.',
    fix: 'Check the ages. If the listing is really for adults, publish it elsewhere.',
  },
  age_range_above_25: {
    message: (p) => `The age range goes up to ${p.maxValue}, beyond ${p.limit}.`,
    why: 'OpenYouth covers young people up to 25; a wider range suggests an all-ages listing that may not suit young people.',
    fix: 'If it is for all ages, say so in the description and give the youngest and oldest ages it suits young people; otherwise set the oldest age to 25 or less.',
  },
  age_restriction_inverted: {
    message: (p) =>
      `The enforced minimum age (${p.minValue}) is greater than the enforced maximum age (${p.maxValue}).`,
    why: 'Nobody could take part.',
    fix: 'Swap the two ages in ageRestriction.',
  },
  age_restriction_excludes_age_range: {
    message: (p) => `The enforced ages (${p.restriction}) shut out every age it suits (${p.ageRange}).`,
    why: 'The listing says it suits ages that it then refuses; one of the two is wrong.',
    fix: 'Correct ageRange or ageRestriction so they overlap.',
  },
  age_restriction_narrower_than_age_range: {
    message: (p) =>
      `The enforced ages (${p.restriction}) shut out some of the ages it suits (${p.ageRange}).`,
    why: 'A young person in the age range could be turned away at the door.',
    fix: 'Narrow ageRange to the ages that can actually take part.',
  },

  // Schedules
  schedule_end_date_before_start_date: {
    message: (p) => `The schedule ends (${p.endDate}) before it starts (${p.startDate}).`,
    why: 'Directories would show no sessions at all.',
    fix: 'Correct startDate or endDate; check the year.',
  },
  schedule_end_time_before_start_time: {
    message: (p) => `Sessions finish (${p.endTime}) at or before they start (${p.startTime}).`,
    why: 'Directories show the wrong times, or none.',
    fix: 'Use the 24-hour clock (17:00, not 5:00). For sessions past midnight, give a duration instead of an end time.',
  },
  schedule_timezone_unknown: {
    message: (p) => `'${p.timezone}' is not a timezone.`,
    why: 'Without a real timezone, directories cannot tell when sessions start.',
    fix: "Use an IANA timezone name; in the UK that is 'Europe/London'.",
  },
  schedule_repeating_without_days: {
    message: (p) => `The schedule repeats (${p.repeatFrequency}) but does not say on which days.`,
    why: 'Directories cannot show when sessions happen.',
    fix: 'Add byDay, such as ["Tuesday"]; for monthly schedules add byDay with byMonthWeek, or byMonthDay.',
  },
  schedule_one_off_without_date: {
    message: () => 'This schedule has no repeatFrequency, so it is a one-off, but it has no date.',
    why: 'Directories cannot show when it happens.',
    fix: 'Add startDate for a one-off, or repeatFrequency and byDay for a repeating schedule.',
  },
  schedule_date_not_on_day: {
    message: (p) => `${p.date} is a ${p.day}, but byDay says ${p.byDay}.`,
    why: 'One of the two is wrong, and young people may turn up on the wrong day.',
    fix: 'Correct the date or byDay.',
  },
  schedule_school_terms_area_missing: {
    message: (p) => `The schedule is ${p.schoolTerms} but does not say whose school terms it follows.`,
    why: 'Term dates differ between local authorities and nations; directories cannot tell which weeks it runs.',
    fix: 'Add schoolTermsArea: the ONS GSS code of the local authority whose term dates it follows.',
  },
  schedule_term_time_only_in_holidays: {
    message: (p) =>
      `The schedule is term-time-only, yet runs only from ${p.startDate} to ${p.endDate}, when every UK school is on holiday.`,
    why: 'Read literally, it never runs.',
    fix: "Set schoolTerms to 'school-holidays-only' or 'all-year', or correct the dates.",
  },
  listing_dates_all_past: {
    message: (p) =>
      `Every date in the schedule is in the past (the last is ${p.lastDate}; today is ${p.today}).`,
    why: 'Directories hide listings that have finished, and a link worker who finds it will assume it has closed.',
    fix: 'Add the new dates, or delete the listing if it has ended.',
  },

  // Freshness
  last_verified_over_6_months: {
    message: (p) => `The listing was last checked on ${p.lastVerified}, more than six months ago.`,
    why: 'Activities change often; link workers trust listings that someone has checked recently.',
    fix: 'Confirm the details are still right and update lastVerified to the date you checked.',
  },
  last_verified_over_12_months: {
    message: (p) => `The listing is stale: last checked on ${p.lastVerified}, more than a year ago.`,
    why: 'Directories may hide stale listings or mark them as possibly closed.',
    fix: 'Check the listing with the people who run it and update lastVerified, or delete it.',
  },
  last_verified_in_future: {
    message: (p) => `lastVerified (${p.lastVerified}) is after today (${p.today}).`,
    why: 'Nobody can have checked it on a date that has not come yet: the date is mistyped.',
    fix: 'Set lastVerified to the date the listing was actually checked.',
  },

  // Location
  location_geo_missing: {
    message: (p) => `The place has no map position${p.postalCode ? ` (postcode ${p.postalCode})` : ''}.`,
    why: 'Directories find activities near a young person by distance; without coordinates they must guess from the postcode, or leave it out.',
    fix: 'Add location.geo with latitude and longitude, for example from a map or a postcode lookup.',
  },
  in_person_place_missing: {
    message: (p) =>
      `The listing is ${p.attendanceMode} but gives neither a location nor the areas it serves.`,
    why: 'Nobody can tell where it happens or whether it is near them.',
    fix: 'Add location with the address, or areaServed for services without one venue.',
  },
  postcode_format_invalid: {
    message: (p) => `'${p.postalCode}' is not a UK postcode.`,
    why: 'Directories use the postcode to find listings near someone; a wrong one hides the listing from local searches.',
    fix: 'Check the postcode (letters and digits are easily swapped, such as 0 and O, 8 and B). For an address outside the UK, set addressCountry.',
  },
  geo_outside_uk: {
    message: (p) => `The map position (${p.latitude}, ${p.longitude}) is outside the UK.`,
    why: 'Distance searches would place the activity in the wrong country. Latitude and longitude are often swapped.',
    fix: 'Check the coordinates: in the UK latitude is about 50 to 60 and longitude about -8 to 2.',
  },
  geo_far_from_postcode: {
    message: (p) =>
      `The map position is about ${p.distanceKm} km from the ${p.area} postcode area of ${p.postalCode}.`,
    why: 'The coordinates or the postcode are wrong, so distance searches would mislead.',
    fix: 'Check both the postcode and the coordinates.',
  },

  // Contact details
  telephone_format_invalid: {
    message: (p) => `'${p.telephone}' does not look like a phone number.`,
    why: 'A young person or a link worker needs to be able to dial it.',
    fix: 'Write the number with its area code, digits and spaces only, such as 0117 496 0123, or +44 117 496 0123.',
  },
  url_not_https: {
    message: (p) => `${p.url} uses http:// rather than https://.`,
    why: 'Browsers warn people away from pages that are not secure, especially forms.',
    fix: 'Use the https:// address of the page.',
  },
  address_is_placeholder: {
    message: (p) => `${p.address} is a placeholder, not a real address.`,
    why: 'Anyone who follows it reaches nothing.',
    fix: 'Replace it with the real web or email address.',
  },

  // Text
  text_contains_html: {
    message: (p) => `${p.property} contains HTML.`,
    why: 'It is plain text: directories show tags such as <b> literally.',
    fix: 'Remove the tags and write plain text; use new lines for paragraphs.',
  },
  text_contains_markdown: {
    message: (p) => `${p.property} contains markdown formatting.`,
    why: 'It is plain text: directories show ** and [links](...) literally.',
    fix: 'Remove the formatting and write plain text; give links in the url properties.',
  },
  summary_too_long: {
    message: (p) => `The summary is ${p.length} characters; directories show about ${p.advised}.`,
    why: 'The summary appears in search results; the end of a long one is cut off.',
    fix: 'Say what it is and who it is for in one or two short sentences; move the rest to the description.',
  },
  summary_hard_to_read: {
    message: (p) => `The summary scores ${p.score} for reading ease; aim for ${p.floor} or more.`,
    why: 'Summaries are read by young people, parents and busy link workers; plain words and short sentences reach more of them.',
    fix: 'Use shorter sentences and everyday words, as if explaining it to a 12-year-old.',
  },

  // Referral, safeguarding, consent
  referral_missing: {
    message: () => 'The listing does not say who can refer a young person or how to join.',
    why: 'Link workers, schools and young people need to know whether they can just turn up, self-refer or need a referral.',
    fix: "Add referral with routes (include 'self-referral' if young people can get in touch themselves) and how to refer.",
  },
  referral_how_missing: {
    message: () => 'The referral routes are given, but not how to refer.',
    why: 'Someone ready to refer has no form, email, phone number or steps to follow.',
    fix: 'Add referral.howToRefer, url, email or telephone, or a contact.',
  },
  safeguarding_missing: {
    message: (p) => `The listing is ${p.attendanceMode} but says nothing about safeguarding.`,
    why: 'Link workers and parents check how young people are kept safe before referring them.',
    fix: 'Add safeguarding: the policy URL, whether staff are DBS (or PVG or AccessNI) checked, and the designated safeguarding lead by role.',
  },
  consent_missing_for_under_16: {
    message: (p) =>
      `The listing is open from age ${p.minValue} but does not say whether a parent must agree or who can come with them.`,
    why: 'Parents and referrers of under-16s need to know about consent and whether a young person can come alone or with a trusted adult.',
    fix: 'Add consentAndAccompaniment.',
  },

  // Dataset
  listing_id_duplicate: {
    message: (p) => `The id ${p.id} is already used by the listing at ${p.firstAt}.`,
    why: 'Directories keep one listing per id: one of the two will disappear.',
    fix: 'Give each listing its own id that never changes.',
  },
  follow_on_not_found: {
    message: (p) => `The follow-on ${p.id} is not among the ${p.listingsChecked} listings checked.`,
    why: 'A young person finishing this would be pointed at something that does not exist.',
    fix: 'Correct the id, publish the follow-on listing, or remove the follow-on.',
  },
  // Feeds
  rpde_items_out_of_order: {
    message: (p) =>
      `Item ${p.id} (modified ${p.modified}) comes after ${p.previousId} (modified ${p.previousModified}), but is not later in order.`,
    why: 'RPDE readers page through a feed by modified then id; items out of order are skipped and never reach directories.',
    fix: 'Sort items by modified, then by id, and make modified grow every time an item changes (RPDE 1.0, "Ordering").',
  },
  rpde_item_repeated: {
    message: (p) => `Item ${p.id} appears again with the same modified value (${p.modified}).`,
    why: 'Each change should appear once; repeats mean the paging query returns overlapping pages.',
    fix: 'Make the next page start strictly after the last item of this one: modified > afterTimestamp, or equal modified and id > afterId.',
  },
  rpde_next_not_after_last_item: {
    message: (p) =>
      `next (${p.next}) does not start after the last item (${p.lastId}, modified ${p.lastModified}).`,
    why: 'Readers may skip or repeat items between pages.',
    fix: "Build next from the page's last item: afterTimestamp its modified, afterId its id.",
  },
  rpde_next_same_as_page: {
    message: (p) => `This page has items, but its next URL is its own URL (${p.next}).`,
    why: 'A reader would fetch the same page forever and never reach newer changes.',
    fix: "Build next from the page's last item; only the last, empty page points at itself.",
  },
  rpde_last_page_next_differs: {
    message: (p) => `The last page (${p.url}) has no items, but next points elsewhere (${p.next}).`,
    why: 'RPDE readers poll the last page for new changes; a different next sends them somewhere else.',
    fix: "On a page with no items, set next to the page's own URL.",
  },
  rpde_next_loop: {
    message: (p) => `next leads back to ${p.next}, a page already read.`,
    why: 'A reader following the feed would loop and never reach the end.',
    fix: 'Check how next is built: each page must start after the last item of the one before.',
  },
  rpde_cache_control_missing: {
    message: (p) => `${p.url} was served without a Cache-Control max-age (Cache-Control: ${p.cacheControl}).`,
    why: 'Readers and caches cannot tell how long a page stays fresh, so they fetch it more often than needed.',
    fix: 'Send Cache-Control: public, max-age=3600 on full pages and a short max-age, such as 8, on the last page.',
  },
  rpde_last_page_cached_too_long: {
    message: (p) => `The last page ${p.url} may be cached for ${p.maxAge} seconds.`,
    why: 'Readers poll the last page for new changes; a long cache hides them.',
    fix: 'Send a short max-age on the last page, such as Cache-Control: public, max-age=8.',
  },
  rpde_content_type_not_json: {
    message: (p) => `${p.url} was served as ${p.contentType}, not application/json.`,
    why: 'Some readers refuse feed pages that are not labelled as JSON.',
    fix: 'Serve feed pages with Content-Type: application/json.',
  },
  feed_http_status: {
    message: (p) => `${p.url} answered HTTP ${p.status}.`,
    why: 'Readers cannot get the data.',
    fix: 'Check the URL is right and the server is publishing the feed.',
  },
  feed_redirect_loop: {
    message: (p) => `${p.url} redirected ${p.redirects} times without reaching a page.`,
    why: 'Readers give up, or loop forever.',
    fix: 'Check the server redirects to the final address in one step.',
  },
  feed_page_limit_reached: {
    message: (p) => `Stopped after ${p.pages} pages, before the end of the feed.`,
    why: 'Later pages were not checked.',
    fix: 'Raise the limit with --max-pages, or check that next really moves forward.',
  },
  feed_time_limit_reached: {
    message: (p) => `Stopped after ${p.seconds} seconds, before the end of the feed.`,
    why: 'Later pages were not checked.',
    fix: 'Raise the limit with --timeout, or check how fast the server answers.',
  },
  recommended_property_missing: {
    message: (p) => `'${p.property}' is recommended but not given.`,
    why: 'The listing is valid without it, but directories and the people using them can do more with it.',
    fix: 'Add the property if you know it. The reference documentation says what it is for.',
  },
};

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

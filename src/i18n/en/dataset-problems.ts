import type { datasetProblems as reference } from '../zh/dataset-problems.ts';

/**
 * What can be wrong, or doubtful, in a data file: one message per problem code of
 * src/dataset/problems.ts, shown after the place in the file it concerns. `{value}` and the like
 * are quoted from the file as it was written (cut short, invisible characters spelled out);
 * `{object}` and `{localized}` are JSON, which a message cannot write itself (braces mark its
 * placeholders).
 */
export const datasetProblems = {
  listSeparator: ', ',
  // The file as a whole, or where it came from.
  validatorUnavailable:
    'The part of the dashboard that checks data files could not be loaded. Check the network, then reload the page.',
  addressUnreachable:
    'Could not reach the data address {location}. Check the network and the address, and whether cross-origin access (CORS) is allowed.',
  addressNotWeb:
    'The data address starts with {scheme}, so it is not a web address: it carries its own figures, with no sign of where they came from, and the dashboard does not load it. Put the data file on this dashboard’s server and point ?data= at it (e.g. ?data=data/file.json), or use “Open a JSON file from this computer”.',
  addressOtherOrigin:
    'The data address is on another site, {origin}, while this dashboard is on {own}. So that no one else’s figures appear under this dashboard’s name, it loads data only from its own site unless its build allows another. Copy the data file to this server, or ask the administrator to allow that site in the build (see the README).',
  addressMalformed:
    'The data address is not a valid web address. Check what follows ?data= in the link.',
  fileNotFound:
    'The data file {location} was not found on the server (404). Check the file name in the address.',
  serverError:
    'The server could not deliver the data file {location} (HTTP {status}). Try again in a moment.',
  transferInterrupted:
    'The data file {location} did not arrive whole (the connection broke off). Check the network and press Retry.',
  fileTooLarge: 'The file is {size} MB, over the 10 MB limit. Split or trim the data.',
  fileTooLargeRead:
    'The file is over the 10 MB limit; reading stopped at 10 MB. Split or trim the data.',
  encodingGbk:
    'The file looks GBK (GB18030) encoded; the dashboard reads UTF-8 only. Open it in Notepad or WPS, save it as UTF-8 and try again.',
  encodingUnknown:
    'The file is not UTF-8 encoded, so the dashboard cannot read it. Save it as UTF-8 and try again.',
  fileEmpty:
    'The file is empty: there is no data in it. It may not have been saved completely, or the server sent nothing.',
  fileIsHtml:
    'This is a web page (HTML), not a JSON data file. The data address is probably wrong, or the server sent an error page.',
  syntaxErrorAt:
    'The file is not valid JSON: there is a syntax error near line {line}, column {column} (a missing comma, quote or bracket), or the file is cut short.',
  syntaxError:
    'The file is not valid JSON (a missing comma, quote or bracket, or the file is cut short).',
  nestedTooDeep:
    'The file is nested far too deep ([ [ [ … ] ] ] thousands of levels), which is not the dashboard’s data format.',
  notAnObject:
    'The file must be one JSON object {object} starting with "format": "rule-of-law-dataset".',
  versionNotSupported:
    'This file uses format version {version}; this dashboard reads version {supported} only. Use a matching dashboard, or convert the file as the README explains.',
  // One field's value, as the schema sees it.
  fieldMissing: 'is missing; it is required',
  notFinite: 'must be a finite number',
  mustBeText: 'must be text, but is {value}',
  mustBeNumber: 'must be a number, but is {value}',
  mustBeInt: 'must be a whole number, but is {value}',
  mustBeBoolean: 'must be true or false, but is {value}',
  mustBeList: 'must be a list [ … ], but is {value}',
  mustBeObject: 'must be an object {object}, but is {value}',
  mustBeType: 'must be {type}, but is {value}',
  mustBeLocalized: 'must be text, or {localized}',
  mustEqual: 'must be exactly {allowed}',
  mustBeOneOf: 'must be one of: {allowed}',
  textEmpty: 'must not be empty',
  tooSmall: 'must be at least {bound}',
  tooBig: 'must be at most {bound}',
  yearOutOfRange: 'the year must be between 1949 and 2100',
  dateFormat: 'a date must be written year-month-day (e.g. 2024-03-28)',
  dateNotReal:
    '{value} is not a day on the calendar (months run 1–12, days to the end of the month)',
  idFormat:
    'an id may only use lowercase letters, digits, "-" and "_", starting with a letter (e.g. licensing_items)',
  urlFormat: 'is not a valid web address (it must start with http:// or https://)',
  wrongFormat: 'has the wrong format',
  notValid: 'is not valid',
  unknownField:
    'unknown field {fields}, ignored (a misspelling, or a field only a newer dashboard knows)',
  outOfNotWhole:
    'outOf is how many were ranked: a whole number of 1 or more (16 if 16 districts were ranked), but it is {value}',
  comparableNotBoolean:
    'must be true or false (without quotes): write false when the definition or scope changed since the previous published figure, and leave it out when they compare; it is {value}',
  // Rules that span records.
  duplicateId: 'the id "{id}" is already used by {earlier}; each id must be unique',
  missingSource: 'there is no source "{id}"; check the spelling or add it first',
  missingCategory: 'there is no category "{id}"; check the spelling or add it first',
  missingMetric: 'there is no metric "{id}"; check the spelling or add it first',
  countNegative: 'a count cannot be negative (it is {value})',
  percentOutOfRange: 'a percentage must be between 0 and 100 (it is {value})',
  rankNotWhole: 'a rank must be a whole number of 1 or more (it is {value})',
  valueTooLarge:
    'the figure {value} is larger than any published figure could be; figures may be at most a thousand trillion (10^15) either way. Check for extra digits or a misplaced exponent',
  duplicateYear:
    'metric "{metric}" already has a {year} figure at observations[{first}]; only one per year is allowed',
  followUpTooEarly:
    "this follow-up's year ({year}) is too early; the earliest is {earliest}: a shortcoming is followed up by a later year's report, a plan by the report of the year it is for",
  duplicateFollowUpYear:
    'a {year} follow-up is already given at {first}; only one per year is allowed',
  outOfNotRank:
    'outOf (how many were ranked) is only for rank metrics ("kind": "rank"), but this metric\'s kind is "{kind}"; remove outOf, or change the kind to "rank"',
  outOfBelowRank:
    'outOf says {outOf} were ranked, but observations[{index}] records place {rank} in {year}; a rank cannot be larger than how many were ranked. Set outOf to at least {rank}, or check that rank',
  // Notices: doubtful, but the file loads.
  textTooLong:
    'this text is {length} characters long, hard to read in cards, headings and browser tabs; it is shown as it is, but keep it under {limit}',
  sourceNotWebLink:
    'the source address {address} is not a web address starting with http:// or https://; it is shown as plain text, never as a link',
  invisibleCharacters:
    'the text holds invisible control or text-direction characters ({text}) that can reorder how it reads; they were removed for display, so delete them from the file',
} as const satisfies Record<keyof typeof reference, string>;

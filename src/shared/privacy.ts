/**
 * The privacy statement, once, for the first-run page (the README says the same in prose).
 * Each line is a fact of the code: no network request, what is stored and where.
 */
export const PRIVACY_STATEMENT: readonly string[] = [
  'Nothing leaves your browser. Claimscope makes no network request, loads no remote code and has no account, analytics or telemetry.',
  'The list of known claims and their sources is part of the extension; pages are checked against it on your computer.',
  'The text of the pages you read is used only while you read them, to find known claims. It is never stored and never sent anywhere.',
  'Claimscope stores two things in your browser: your pause settings (paused everywhere, and the sites you paused) in its local storage, and, for each open tab, the site’s host name and which known claims the page has, in session storage that the browser clears when it closes.',
  'Exports and copies happen only when you ask, and go to your clipboard or your downloads folder.',
];

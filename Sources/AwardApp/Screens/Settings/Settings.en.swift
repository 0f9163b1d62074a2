/// Text of the settings screen: the board date and the working-day calendar import.
let enSettings: [String: String] = [
    "settings.boardDate": "Board as of",
    "settings.boardDateOverride": "{0} (set for this session; started as {1})",
    "settings.missingYears": "Years the board lacks",
    "settings.missingValue": "{0}: press i to import that year's holiday notice",
    "calendar.imported": "Imported the {0} working-day calendar: {1} days off, {2} make-up working days",
    "calendar.unreadable": "Cannot read the file {0}: check the path and permissions",
]

"""The vocabularies of a reported date: how precisely it is known, its open bounds, and the parts of the day a
report gives instead of a clock time (schemas/dates.py, schemas/edtf.py); apart from schemas/vocabularies.py for
its size (events37), published from there as before."""

OURS = " (this project's extension)"

# How precisely an event's dates are known; see docs/api.md "Dates and their precision".
DATE_PRECISIONS = {
    "day": "The dates are known to the day.",
    "week": "The dates are known to within about a week (for example 'five weeks ago').",
    "month": "Only the month is known: dates run from the first to the last day of a month.",
    "year": "Only the year is known: dates run from 1 January to 31 December.",
}

# Open bounds of a reported date (schemas/dates.py): what "by the 9th" or "still going on" say.
DATE_BOUNDS = {
    "on_or_before": "On or before the date given (by then): the earliest day is not known.",
    "not_before": "On or after the date given (not before it): the latest day is not known.",
    "ongoing": "Began on the date given and had not ended when reported.",
    "open_start": "Ended on the date given; when it began is not known (a span only: an event, an event's dates "
                  "claimed). EDTF ../2023-06-01.",
    # issue 10, mending round (mend10a): "fighting was continuing on Tuesday"
    "under_way": "Going on on the date given; when it began and when it ended are both unknown (a span only). "
                 "EDTF has no form for it: the EDTF field is null.",
}

# Parts of the day a report gives instead of a clock time ("late on 10 January", "that evening"): a time field
# takes one of these or HH:MM (schemas/dates.py); the EDTF form then gives the day only. Each fits the time
# columns (16 characters since migrations/0123; HH:MM:SS is 8).
DAY_PARTS = {
    "early": "In the early hours, before or around dawn (about 00:00 to 07:00 local time): 'early on Sunday', "
             "'in the early hours of', 'at dawn' (migrations/0034).",
    "morning": "In the morning (about 06:00 to 12:00 local time).",
    "midday": "Around noon.",
    "pm": "In the afternoon (about 12:00 to 18:00 local time).",
    "evening": "In the evening (about 18:00 to 22:00 local time); also \"late on\" a day.",
    "night": "At night, overnight (about 22:00 to 06:00 local time); the night that begins on the day given "
             "('overnight' in a report of the 24th: the 23rd).",
    # issue 10, mend-time5 (trial t27 #45 "late on Friday afternoon", #37 "through the day"): a part of a part.
    "late_am": "Late in the morning (about 10:00 to 12:00 local time): 'late morning', 'late on Friday morning'.",
    "early_pm": "Early in the afternoon (about 12:00 to 15:00 local time): 'early afternoon'.",
    "late_pm": "Late in the afternoon (about 15:00 to 18:00 local time): 'late afternoon', 'late on Friday "
               "afternoon'.",
    "all_day": "Through the whole day, from morning to evening, without hours said ('through the day', 'all "
               "day', 'throughout Friday'): time_start only; the day is date_start (and date_end).",
    # events37 (migrations/0123: the time columns were 8 characters): a night spans two dates
    "all_night": "Through the whole night, from evening to morning, without hours said ('through the night', 'all "
                 "night long', 'overnight until dawn'): time_start only; date_start is the evening it began, "
                 "date_end the morning it ended (the next day, or a later one for several nights)" + OURS + ".",
}

# The day part that spans two dates, which schemas/dates.py checks against date_end.
NIGHT_THROUGH = "all_night"

"""Dates: compiled patterns for the forms these portals print, ``dateparser`` as the fallback.

Day-first always. A day-month without a year takes a year stated on the page (the same
paragraph first) or stays unresolved; it never gets the current year. ``dateparser`` is
imported only when a labelled header date defeats the fast path.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

import regex

from ._normalize import fold
from ._vocab import Vocabulary, alternation, first_chars, keyed, read_sections

log = logging.getLogger(__name__)

OFFSET = "+07:00"  # Asia/Ho_Chi_Minh has no DST: a fixed offset is exact.

_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"
_M = r"(?P<m>0?[1-9]|1[0-2])"
_Y = r"(?P<y>(?:19|20)\d{2})"
_TIME = (
    r"(?P<H>[01]?\d|2[0-3])\s*(?:giờ|[hg]:?|:)\s*(?P<Mi>[0-5]\d)(?:\s*:\s*(?P<S>[0-5]\d)(?:\.\d{1,6}(?!\d))?|\s*phút)?"  # ("10 giờ 05";
    # a database's stamp keeps its fraction of a second: "2024-11-02 08:30:00.0")
    r"(?:\s*(?P<ap>AM|PM|SA|CH|sáng|trưa|chiều|tối)(?!\w))?"  # ("lúc 7:05 sáng": the day's part, in words)
)
# d/m/yyyy with one separator kind, spaces allowed around it ("17 - 05 - 2024").
# Words before "ngày" in an event anchor ("vào ngày 5/3", "từ ngày 24/6 đến …").
_ANCHOR_LEADS = ("vào", "trong", "từ", "hôm")
# Vietnam's own zone after a time ("10:32 GMT+7 | Chủ nhật, 28/04/2024"): the clock needs no change
_LOCAL_ZONE = r"(?:\s*+\(?(?:(?:GMT|UTC)\s*+\+\s*+0?7(?::?00)?|ICT)\)?)"  # (Indochina Time: "09:20 ICT")
_DMY = (rf"(?=\d)(?<![\d/.\-])(?P<dmy>{_D}\s*(?P<sep>[/.\-])\s*{_M}\s*(?P=sep)\s*{_Y}"
        # (or, where day-first cannot read it, an English template's US order: "Đăng lúc: 3/16/2022 9:41 AM")
        rf"|{_M}(?P<sep>/)(?P<d>1[3-9]|2\d|3[01])/{_Y})(?![\d])")
# A two-digit year ("Giờ đăng: 09:05 - 14/03/24", "T6, 15/03/24 - 14:05"), which some templates print:
# read only on a date line whose label, weekday or time first says it is one, never in prose or a number.
_DMYY = (rf"(?<![\d/.\-])(?:{_D}(?P<gap>[ ]?+)(?P<sep>[/.\-])(?P=gap){_M}(?P=gap)(?P=sep)(?P=gap)(?P<yy>\d\d)"
         rf"|{_M}(?P<sep>/)(?P<d>1[3-9]|2\d|3[01])/(?P<yy>\d\d))(?![\d/.\-]|:\d)")  # (or month first where day-first
# cannot read it: a browser's US short date, "11/27/23, 2:05 PM")


VIETNAM = dt.timezone(dt.timedelta(hours=7))  # the pages' clock (no summer time)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text: the parts, and the exact substring it came from."""

    year: int | None
    month: int
    day: int
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    text: str = ""
    start: int = 0
    end: int = 0

    def iso(self) -> str | None:
        """ISO 8601; a datetime with +07:00 when a real time is shown, None without a year."""
        if self.year is None:
            return None
        try:
            day = dt.date(self.year, self.month, self.day)
        except ValueError:
            return None
        if self.hour is None or (self.hour == 0 and not self.minute and not self.second):
            return day.isoformat()
        try:
            moment = dt.time(self.hour, self.minute or 0, self.second or 0)
        except ValueError:
            return day.isoformat()
        return f"{day.isoformat()}T{moment.isoformat()}{OFFSET}"

    def with_year(self, year: int) -> DateMatch:
        return DateMatch(year, self.month, self.day, self.hour, self.minute, self.second,
                         self.text, self.start, self.end)


class DatePatterns:
    """Patterns compiled once per vocabulary (month, weekday and label words are data)."""

    def __init__(self, vocab: Vocabulary) -> None:
        month_names = alternation(vocab.months, any_spaces=True).pattern
        sections = vocab.date_sections  # (those only this module reads: see the header of data/vi/dates.txt)
        english = {fold(name): int(number) for name, number in keyed(sections.get("month_en", []))}
        roman = {fold(name): int(number) for name, number in keyed(sections.get("month_roman", []))}
        self.months = {**vocab.months, **english, **roman}
        english_names = alternation(english, any_spaces=True).pattern
        weekday = alternation(vocab.weekdays, any_spaces=True).pattern
        label = alternation(vocab.date_labels, any_spaces=True).pattern
        daypart = alternation(vocab.dayparts, any_spaces=True).pattern
        docwords = alternation(vocab.docwords, any_spaces=True).pattern
        written = (
            rf"(?:ngày\s+)?(?:m[ồù]ng\s+)?{_D}(?:st|nd|rd|th)?\s+tháng\s+(?:{_M}|(?P<mname>{month_names}))\s*[,/]?\s*(?:năm\s+)?{_Y}"
        )  # (the first ten days of a month as spoken: "thứ Hai, mồng 8 tháng 4 năm 2024"; a calendar badge's
        # month and year after a slash: "15 Tháng 07/2024"; an English theme's ordinal kept, "20th Tháng Ba 2025")
        self.written = regex.compile(rf"(?<![\w]){written}(?![\d])", regex.I)
        self.dmy = regex.compile(_DMY)
        # (ISO year-month-day, as some templates print it: "2024-03-12 08:00"; "2024/01/09" and
        # "2022.11.05" too, not a dotted number running on: "2022.11.05.3")
        ymd = (r"(?<![\d/.\-])(?P<y>(?:19|20)\d{2})(?P<ysep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=ysep)"
               r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d]|\.\d)")
        # (month first, WordPress's Vietnamese default "F j, Y": "Tháng Mười Hai 8, 2023")
        # (and PHP-Fusion's "%B %d %Y" with a month's name, no comma: "Tháng Bảy 08 2024 15:22:10")
        month_first = rf"tháng\s+(?:{_M}\s+{_D}(?:st|nd|rd|th)?(?:\s*,|(?=\s+\d{{4}}(?!\d)))|(?P<mname>{month_names})\s+{_D}(?:st|nd|rd|th)?\s*,?)\s*{_Y}"  # (an
        # English theme's ordinal kept: "Tháng Bảy 22nd, 2024", Avada's; a badge's month, day and year, "Tháng 4 18 2023")
        # (an English site's "Sep 27, 2023" and "27 Sep 2023"; a script's raw date, "Wed Oct 18 2023 09:12:44 GMT+0700")
        titled_weekday = _printed(w.strip().title() for w in sections.get("weekday_en", []))  # ("Tue", as printed)
        english_dates = (rf"(?:(?-i:{titled_weekday}),?\s+)?(?P<mname>{english_names})\.?\s+{_D}(?:st|nd|rd|th)?(?:\s*,\s*|\s+)"
                         rf"(?:{_Y}|['’](?P<yy>\d\d)(?!\d))"  # (or an apostrophe's two-digit year: "Mar 28, '10 8:15 PM", Multiply's)
                         rf"|(?:(?-i:{titled_weekday}),?\s+)?{_D}(?:st|nd|rd|th|\.)?(?:\s+|-)(?P<mname>{english_names})\.?(?:,?\s+|-){_Y}")  # (and "02 Nov,
        # 2023", "Mon, 12 Feb 2024 10:00:00 +0700"; an ordinal day, "18th April 2024", or a dot after it, "18. July 2021")
        # (WordPress's short Vietnamese months, "21 Th5, 2024" and "Th5 21, 2024")
        short_month = rf"{_D}\s+thg?\s*{_M}\s*,?\s*{_Y}|{_D}-thg?{_M}-{_Y}|thg?\s*{_M}\s+{_D}\s*,\s*{_Y}"  # (and "21 thg 5, 2024";
        # .NET's "dd-MMM-yyyy" in Vietnamese, "09-Thg7-2024")
        # (a month in Roman numerals between hyphens, an old typesetting habit: "21-X-2023")
        roman_names = "|".join(sorted((k.upper() for k in roman), key=len, reverse=True)) or "(?!)"
        roman_date = rf"{_D}-(?P<mname>(?-i:{roman_names}))-{_Y}"
        date_any = (rf"(?:{_DMY}|(?P<w>{written})|{ymd}|(?P<w>{month_first})|(?P<w>{english_dates})"
                    rf"|(?P<w>{short_month})|(?P<w>{roman_date}))")
        # A whole line that is the page's own date: label, weekday, date, time, leftovers.
        # Meta lines may print the time first ("Cập nhật lúc 09:38 20/01/2020", "10:30 | 28/12/2020"):
        # clock form only, and not "8h00 ngày 20/01/2020", which is how prose gives an event time.
        time_first = (  # ("Cập nhật lúc 15 giờ 42 phút, ngày 13 tháng 3 năm 2024": a label's time in words too)
            r"(?P<t_H>[01]?\d|2[0-3])\s*(?::|(?(luc)[hg]:?(?=\d)|(?(label)[hg]:?(?=\d)|(?!)))|(?<=\d\s{0,2})(?=\s*giờ)\s*giờ)\s*(?P<t_Mi>[0-5]\d)(?:\s*:\s*(?P<t_S>[0-5]\d)|\s*phút)?"
            r"(?:\s*(?P<t_ap>AM|PM|SA|CH|sáng|trưa|chiều|tối)(?!\w))?"
        )
        self.header = regex.compile(
            # possessive (*+) where runs of spaces could be split many ways: "•" + 118 spaces took 0.2 s
            # (after a label or "lúc" the time may be followed by "ngày": "Cập nhật lúc 19:05' ngày
            # 21/06/2024", "Đăng lúc 10:15 SA ngày 05/12/2022"; a bare "8:00 ngày …" is prose)
            rf"^[\s•·|*\-–—(\[»›]*+(?P<label>{label})?(?(label)(?:\s++(?:vào\s++)?lúc(?=\s*+:?\s*+\d{{1,2}}[/.\-]\d))?)"  # (and "lúc"
            # before a day, not a time: "Bài đăng lúc 07/11/2023 | …")
            rf"\s*+[:|•]?\s*+(?(label)[(\[]?\s*+)"  # ("Cập nhật ( … )")
            rf"(?:(?P<luc>(?:lúc|hồi)\s*+:?\s*)?{time_first}['’]?{_LOCAL_ZONE}?\s*+[|,\-–·]?\s*+(?(label)|(?(luc)|(?!ngày))))?"
            rf"(?:(?:ngày\s++)?(?P<wd>{weekday}|(?-i:{titled_weekday})(?=\s++\d|,\s++\d{{1,2}}\s++(?:tháng|thg)))\)?\s*+[,\-–·•]?\s*+(?:(?:(?<=\d\s{{0,3}})|(?(t_H)(?(label)(?<=\S\s)|(?!))|(?!)))\((?=\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}}\)))?)?"  # (a weekday in brackets: "(Thứ Sáu) 06-09-2024"; the day in brackets after a weekday's number: "Thứ 3 (10-12-2024)", or after a label and the time, "Đăng lúc 7h15 sáng Thứ Hai (19/8/2024)"; not a schedule's "THỨ HAI (04/11/2024)")  # ("Cập nhật lần cuối ngày Thứ tư, 08 …")
            rf"(?:ngày\s+)?(?:{date_any}|(?(label)|(?(wd)|(?(t_H)|(?=\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d\d(?:\s++(?:[|\-–@]\s++\d{{1,2}}[:hg]|\d{{1,2}}:)|,\s*+\d{{1,2}}:)\d\d)))){_DMYY})"
            # (dd/mm/yy after a label, weekday or time only, or before its time after a mark, or a clock's with none:
            # "08/11/23 - 14:20", "16.03.24 09:12", a browser's short date and its time after a comma, "11/27/23, 2:05
            # PM"; not an event's "12/3/24 8h00")
            rf"(?:\s*+\(\s*+(?:{weekday})\s*+\)(?=\s*+(?:lúc\s*+)?\d))?"  # (the weekday in brackets before the time: "2024.03.09 (Thứ
            # Bảy) 10:20", "15/11/2024 (T6) lúc 14:32")
            rf"(?:\s*[|,\-–—@•]?\s*(?:(?:(?:vào\s++)?lúc\s*+:?|at|giờ\s*:)\s*)?{_TIME}['’]?|\s*+\(\s*+{_TIME}\s*+\)|(?<=\d)T{_TIME}(?P<tz>Z|[+\-]\d\d:?\d\d)?(?!\d))?"  # (ISO: "2023-11-02T08:14:00+07:00"; a minute mark: "09h15'"; "lúc" as a field's label: "… 30/01/2024 Lúc: 10:12:45"; "… vào lúc 09:40")
            rf"(?P<rest>.*)$",
            regex.I,
        )
        # A meta line the fast path could not read, handed to dateparser: a publication label
        # (data/vi/dates.txt "@meta", never a bare "Ngày"/"Thời gian" that opens event-time
        # lines), a colon or "lúc", then the value with a stated year.
        meta = alternation(sections.get("meta", []), any_spaces=True).pattern
        # A line opening like the page's date line (a date, a publication label, a weekday): the
        # segmenter never joins it to a wrapped title above it.
        # ("18.000 con gà" opens with a number, thousands after its dot: no date)
        # (a weekday, then the time, then the day: "Thứ Bảy, 14:20 25/05/2024", "Thứ Tư, 10:25 - 21/06/2023";
        # read with its time moved)
        self.weekday_clock = regex.compile(rf"(?i)^\s*+(?:{weekday})\s*+,?\s*+(?P<time>(?P<H>[01]?\d|2[0-3]):(?P<Mi>[0-5]\d))"
                                           rf"\s*+(?:[,|–-]\s*+)?(?=\d{{1,2}}[/.\-]\d)")
        self.weekday_alone = regex.compile(rf"(?i)^(?:{weekday})$")  # ("T2" in "T2 · 08:05 👁 873", a badge showing the day)
        self.starts_meta = regex.compile(rf"(?i)^\W*(?:\d{{1,2}}[/.\-]\d(?!\d\d(?:\D|$))|(?:{meta}|{weekday})(?!\w)"
                                         rf"|\d{{1,2}}\s++tháng\s++\S++(?:\s\S++)?,?\s++(?:năm\s++)?(?:19|20)\d\d(?!\d))")
        # (or the day, then its month in words and the year: "14 Tháng Mười Một 2022 2:30:00 CH")
        self.field_icons = frozenset(icon.strip() for icon in sections.get("icon", []) if len(icon.strip()) == 1)
        lunar = alternation(sections.get("lunar", []), any_spaces=True).pattern
        self.lunar_leads = tuple(fold(w) for w in sections.get("lunar", []) if w.strip())  # ("(tức ngày 05/9/2024)")
        self.lunar_month = alternation(sections.get("lunar_month", []), prefix=r"(?i)(?:", suffix=r")(?!\w)", any_spaces=True)
        time_field = alternation(sections.get("time_field", []), any_spaces=True).pattern
        day_field = alternation(sections.get("day_field", []), any_spaces=True).pattern
        self.clock_then_day_field = regex.compile(rf"^(?:(?i:{time_field})\s*+:?\s*+)?(?P<clock>\d{{1,2}}[:h]\d\d)\s*+[-–|,]\s*+"
                                                  rf"(?i:{day_field})\s*+:?\s*+(?=\d)")
        self.time_field_initials = frozenset(c for w in sections.get("time_field", []) for c in (w[:1].lower(), w[:1].upper()))
        clock = alternation(sections.get("clock", []), any_spaces=True).pattern
        self.clock_words = tuple(fold(word) for word in sections.get("clock", []) if word.strip())
        self.site_clock = regex.compile(rf"(?i)(?<!\w)(?:{clock})\s*+[:,]?\s*+(?:{weekday}|\d{{1,2}}/|ngày\s++\d)")  # ("Hôm nay,
        # Thứ Tư, …", "Hôm nay là: ngày 18 tháng 8 năm 2022")
        # (or a day of a month of a year named by its stem: "(13 tháng Giêng năm Giáp Thìn)", "@stem")
        stem = alternation(sections.get("stem", []), any_spaces=True).pattern
        self.lunar_note = regex.compile(  # "(nhằm mùng 5 …)", or the weekday after the date: "(thứ Hai)"
            rf"(?i)^\s*+(?:\(\s*+(?:(?:{lunar})(?!\w)[^()]{{0,60}}|(?:{weekday})\s*+"
            rf"|\d{{1,2}}\s++tháng\s++[^()]{{1,12}}?\s++(?:năm\s++)?(?:{stem})\s++\w++\s*+"  # ("(28 tháng Chạp Quý Mão)")
            rf"|\d{{1,2}}/\d{{1,2}}\s++(?:năm\s++)?(?:{stem})\s++\w++\s*+"  # (and "(19/12 Quý Mão)", "(12/12 năm Quý Mão)")
            rf"|\d{{1,2}}/\d{{1,2}}\s++(?:{lunar})(?!\w)\s*+)\)"  # (and "(07/10 ÂL)")
            rf"|[|·•]\s*+(?:{lunar})(?!\w)[^()|]{{0,60}}$)")  # (or after a bar, to the line's end: "| nhằm ngày 12 …")
        issue = alternation(sections.get("issue", []), any_spaces=True).pattern
        self.issue_opening = regex.compile(rf"(?i)^\s*+(?:{issue})\s++(?:số\s++)?\d{{1,4}}\s*+[—–|·•]\s*+")  # "Bản tin số 38 — "
        ago = alternation(sections.get("ago", []), any_spaces=True).pattern
        self.ago = regex.compile(rf"(?i)^\d{{1,3}}\s*+(?:{ago})$")  # "2 tuần trước", a field of its own
        held = alternation(sections.get("event_field", []), any_spaces=True).pattern
        self.event_field = regex.compile(rf"(?i)^(?:{held})\s*+:\s*+(?=\d)")  # "Ngày diễn ra: ", after the post's date
        self.event_field_label = regex.compile(rf"(?i)^\s*+(?:{held})\s*+:?\s*+$")  # … alone, its value in the next element
        ago_label = alternation(sections.get("ago_label", []), any_spaces=True).pattern
        days = alternation(sections.get("ago_day", []), any_spaces=True).pattern
        self.relative_day = regex.compile(rf"(?i)(?<!\w)(?:{days}),?\s*+(?:lúc\s++)?\d{{1,2}}[:h]\d\d(?!\d)")  # "Hôm qua, 16:40"
        # ("Cách đây 3 ngày (17/06/2024)": the words before the number, "@ago_before"; the day in brackets after it)
        before = alternation(sections.get("ago_before", []), any_spaces=True).pattern
        units = alternation({w.split()[0] for w in sections.get("ago", []) if w.strip()}, any_spaces=True).pattern
        self.ago_labelled = regex.compile(  # "đăng 3 ngày trước", "Đăng cách đây 3 năm"
            rf"(?i)^(?:{ago_label})\s++(?:\d{{1,3}}\s*+(?:{ago})|{before}\s++\d{{1,3}}\s*+{units})(?!\w)")
        self.ago_first = regex.compile(rf"(?i)^\s*+{before}\s++\d{{1,3}}\s*+{units}(?=\s*+\()")
        self.labelled = regex.compile(
            rf"^[\s•·|*\-–]*(?:{meta})\s*(?::|(?<!\w)lúc(?!\w))\s*(?P<value>(?=.*(?<!\d)(?:19|20)\d{{2}}(?!\d))"
            rf"\S.{{3,60}}?)[\s|•·]*$",
            regex.I,
        )
        # A date (and time) closing a line: "H.LIÊN - N.DUY 11/09/2021 14:55", "Title (22/08/2022)".
        # Searched for, not matched after a lazy "(?P<lead>.*?)": the leftmost match is the same
        # split, and the lookahead lets the engine skip to the places a date's tail can start.
        # Where a date line starts inside a line, after a space: its weekday or the date's digits
        # ("THANH HẢI - MINH KHOA Thứ Năm, 14/03/2024 …": the writers' names before it)
        # A weekday printed before a date, the last in reach, any language the templates use ("Tue, ")
        short_days = alternation(sections.get("weekday_en", [])).pattern
        self.weekday_before = regex.compile(
            rf"(?i)(?<!\w)(?P<wd>{weekday}|{short_days})(?!\w)(?-i:(?!\s++\p{{Lu}}\p{{Ll}}))"  # (not a name's word: "Thu Sương")
            rf"(?!.*(?<!\w)(?:{weekday}|{short_days})(?!\w))")
        self.weekday_days = {fold(k): int(v) for k, v in keyed(sections.get("weekday_day", []))}
        self.date_opening = regex.compile(  # (or its day, then its month in words: "Thu Hà • 18 thg 4, 2024 • …")
            rf"(?<=\s)(?:(?:{weekday})(?!\w)|\d{{1,2}}\s*[/.\-]\s*\d|\d{{1,2}}\s+(?:thg|tháng)\s*+\d{{1,2}}\b)", regex.I)
        self.trailing = regex.compile(
            first_chars(vocab.weekdays, extra=r"\s(\[\d")
            + rf"\s*+[(\[]?\s*+(?:(?P<wd>{weekday})\s*+[,\-–]?\s*+)?{_DMY}"  # *+: see header
            rf"(?:\s*+[|,\-–]?\s*+{_TIME})?\s*+[)\]]?\s*+$",
            regex.I,
        )
        dm = rf"(?<![\d/.\-]){_D}\s*(?P<sep>[/.\-])\s*{_M}(?![\d]|\s*[/.\-]\s*\d)"
        # "Sáng ngày 12 tháng 3, …": written out, no year (the written form above has one)
        written_dm = rf"{_D}\s+tháng\s+(?:{_M}|(?P<mname>{month_names}))(?![\w]|\s*[,/]?\s*(?:năm\s+)?(?:19|20)\d\d)"
        anchor = (
            rf"(?:(?P<part>{daypart})(?:\s+(?:nay|qua))?(?:\s+{weekday})?"
            rf"(?:\s+{_TIME.replace('?P<', '?P<a_')})?(?:\s+(?:ngày|mùng|mồng))?"  # ("Sáng mùng 2 tháng 9 năm 2024":
            rf"|(?:(?:{'|'.join(_ANCHOR_LEADS)})\s+)?ngày)"  # the word for a month's first ten days)
        )
        # An anchored date in running text: "Sáng ngày 24/5/2023", "Chiều 22/6", "Ngày 16-2", "Sáng
        # Chủ nhật (10/3)", "Hôm nay, 12/3".
        self.event = regex.compile(
            first_chars([*vocab.dayparts, *_ANCHOR_LEADS, "ngày"])
            + rf"(?<![\w])(?P<anchor>{anchor})(?:\s*[,(]\s*(?:ngày\s+)?|\s+)"  # ("Chiều thứ Tư (ngày 18/9/2024)")
            # the first day of a span, its month and year from the second: "Từ ngày 10 đến 12/3/2024"
            + r"(?:(?P<dd>0?[1-9]|[12]\d|3[01])\s+(?:đến|tới|và|-|–)\s+(?:ngày\s+)?)?"
            + rf"(?:{_DMY}|(?P<w>{written})|(?P<dm>{dm})|(?P<wdm>{written_dm}))",
            regex.I,
        )
        # What precedes an event date's first digit: spaces after an anchor's last word (a daypart,
        # "nay"/"qua", "ngày") or after its time ("8h30", "9 AM"). Scanning a paragraph for that
        # digit first is 20x cheaper than trying the anchors at every letter, and most paragraphs
        # fail it.
        ends = {fold(p).split()[-1] for p in vocab.dayparts if p.strip()}
        self.daypart_ends = frozenset(ends)  # a daypart's last word ("sáng", "tối"): a date after it is an event's
        ends |= {"nay", "qua", "ngày", "mùng", "mồng", "am", "pm", "sa", "ch"}
        ends_body = "|".join(regex.escape(e) for e in sorted(ends, key=len, reverse=True))
        self.event_gate = regex.compile(  # (or a weekday: "Sáng Chủ nhật (10/3)")
            rf"(?=\d)(?<=(?:\d|{ends_body}|(?<!\w)(?:{weekday}))(?:\s*[,(]\s*|\s+))",
            regex.I,
        )
        # On single-spaced text an event match starts at most `event_before` characters before any
        # digit in it (daypart, "nay", a spaced-out "23 : 59 : 59 PM", "ngày", spaces) and ends,
        # lookaheads included, within `event_after` after it (the rest of such a time, then
        # "ngày 31 tháng Mười Hai , năm 2024"). Both are generous: a window costs little.
        self.event_before = (max(len(p) for p in [*vocab.dayparts, "trong"])
                             + max((len(w) for w in vocab.weekdays), default=0) + 52)
        self.event_after = self.event_before + max((len(m) for m in vocab.months), default=0) + 48
        # The end of a range gives a yearless start its year: "Từ ngày 24/6 đến 6/7/2021".
        # (used with .match(text, pos): "^" would anchor at the string's start, not at pos)
        self.range_end = regex.compile(rf"\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?{_DMY}", regex.I)
        self.doc_ref = regex.compile(
            rf"(?:(?<![\w])(?:{docwords})(?![\w])|\d+[/\-][A-ZĐ]{{1,}})[^.;]{{0,40}}$", regex.I
        )
        # A year the page states; one end of a span ("năm học 2022 - 2023", "nhiệm kỳ 2021-2026",
        # "giai đoạn 2016 – 2020") says nothing about which year the article is from.
        not_span = r"(?!\s*[-–]\s*(?:19|20)\d{2}(?!\d))"
        # Nor is a goal ("phấn đấu đến năm 2025", "tầm nhìn 2030"), unless it says "as of"
        # ("tính đến năm 2022"): data/vi/dates.txt "@target" and "@asof".
        self.lead_in = frozenset(fold(w) for w in sections.get("lead_in", []))
        self.meta_labels = tuple(fold(w) for w in sections.get("meta", []) if w.strip())
        self.meta_label_keys = frozenset(self.meta_labels)  # (a label alone on its line, looked up whole)
        self.published_labels = tuple(fold(w) for w in sections.get("published", []) if w.strip())
        self.updated_labels = tuple(fold(w) for w in sections.get("updated", []) if w.strip())
        # The same words closing the text before an HTML <time> ("Last updated <time …>"), run on folded text.
        self.updated_label_end = alternation(sections.get("updated", []), prefix=r"(?<!\w)",
                                             suffix=r"\s*+:?\s*+$", any_spaces=True)
        self.yielding_labels = tuple(fold(w) for w in sections.get("yields", []) if w.strip())
        self.asked_labels = tuple(fold(w) for w in sections.get("asked", []) if w.strip())
        self.document_fields = tuple(fold(w) for w in sections.get("document_field", []) if w.strip())
        target = alternation(sections.get("target", [])).pattern
        asof = alternation(sections.get("asof", [])).pattern
        not_goal = (rf"(?:(?<!(?<![\w])(?:{target})\s+(?:năm\s+)?)"
                    rf"|(?<=(?<![\w])(?:{asof})\s+(?:năm\s+)?))")
        self.nam_year = regex.compile(rf"(?=[nN])(?<![\w]){not_goal}năm\s+{_Y}(?!\d){not_span}", regex.I)
        # A law's name before its year ("… của Luật Hôn nhân và gia đình năm 2014", "@law"): a year gone by.
        self.law_named = regex.compile(rf"(?<!\w)(?:{_printed(sections.get('law', []))})(?:\s++[\p{{L}},]++){{0,8}}?\s*+(?:năm\s++)?$")
        # A month and its year, the year's only mention at times ("Tính đến tháng 9/2022, …").
        self.month_year = regex.compile(r"(?i)(?<!\w)tháng\s+\d{1,2}\s*/\s*(?P<y>(?:19|20)\d{2})(?!\d)")
        self.any_year = regex.compile(
            rf"(?=[12])(?<![\d.,/])(?<!\d{{2}}\s)(?<!(?:19|20)\d{{2}}\s*[-–]\s*){not_goal}(?P<y>(?:19|20)\d{{2}})(?![\d])"
            rf"(?!\s\d{{2,}}\s){not_span}",  # (not a group of an account's or a phone's digits: "số tài khoản 2408 2050 11 …")
            regex.I,
        )
        # An anniversary gloss ends in the year it is celebrated: "kỷ niệm 92 năm (14/10/1930 - 14/10/2022)".
        self.gloss_span = regex.compile(
            r"\([^()]{0,40}?(?<!\d)(?:19|20)\d{2}(?!\d)[^()\d]{0,3}[-–][^()]{0,12}?(?<!\d)(?P<y>(?:19|20)\d{2})(?!\d)\s*\)"
        )
        # A review of a span of years, the span after it in the same sentence ("tổng kết 10 năm … giai
        # đoạn 2011 - 2021"), data/vi/dates.txt "@review".
        self.review_span = regex.compile(
            rf"(?i)(?<!\w)(?:{alternation(sections.get('review', [])).pattern})(?!\w)[^.;]{{0,120}}?"
            r"(?<!\d)(?:19|20)\d{2}\s*+[-–]\s*+(?P<y>(?:19|20)\d{2})(?!\d)"
        )
        self.url = regex.compile(  # (or day first, a segment of its own: "/tin-tuc/27-08-2024/…")
            r"(?<![\d])(?:(?P<y>(?:19|20)\d{2})(?P<sep>[/\-_])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])"
            r"|(?<=/)(?P<d>0?[1-9]|[12]\d|3[01])(?P<dsep>[\-_])(?P<m>0?[1-9]|1[0-2])(?P=dsep)(?P<y>(?:19|20)\d{2})(?=/))(?![\d])"
        )
        # … or run together opening a segment, the slug after it ("/tin-tuc/20241015-vinh-hoa-…html"), a short word
        # perhaps before it ("/tintuc/2011/tin20110517-tap-huan-….htm", a hand-built site's file names)
        self.url_compact = regex.compile(r"(?<=/(?:[a-z]{1,6})?)(?P<y>20\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=[-_]\p{L}|/\p{L})")
        # (or a segment of its own, the slug after it: "/tin-tuc/20240614/huong-so-khai-mac-….html")
        # … or a script's query naming the day beside the item's number (a query naming only a day lists that day's
        # posts: "/tin?ngay=2023-01-30"); the field names are data ("@query_day", "@query_item")
        day_field = alternation(sections.get("query_day", [])).pattern
        item_field = alternation(sections.get("query_item", [])).pattern
        day = rf"(?:{day_field})=(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?=&|#|$)"
        self.query_day = regex.compile(rf"[?&]{day}(?=.*?[?&](?:{item_field})=\d)|[?&](?:{item_field})=\d++&{day}", regex.I)


@functools.lru_cache(maxsize=8)
def patterns(vocab: Vocabulary) -> DatePatterns:
    return DatePatterns(vocab)


def date_parts(m: regex.Match[str], months: Mapping[str, int] | None = None) -> tuple[int | None, int, int]:
    year = int(m["y"]) if m["y"] else None
    if year is None and "yy" in m.re.groupindex and m["yy"]:
        year = int(m["yy"]) + (1900 if int(m["yy"]) >= 69 else 2000)  # (strptime's %y: 69-99 are 1900s)
    if "mname" in m.re.groupindex and m["mname"]:  # (groupdict() builds every group: slow)
        month = (months or {}).get(fold(m["mname"]), 0)
    else:
        month = int(m["m"])
    return year, month, int(m["d"])


def _time(m: regex.Match[str]) -> tuple[int | None, int | None, int | None]:
    names = m.re.groupindex
    p = "" if "H" in names and m["H"] else "t_" if "t_H" in names and m["t_H"] else None
    if p is None:
        return None, None, None
    hour, minute = int(m[p + "H"]), int(m[p + "Mi"])
    second = int(m[p + "S"]) if m[p + "S"] else None
    ap = (m[p + "ap"] or "").upper()
    if ap in ("PM", "CH", "CHIỀU", "TỐI") and hour < 12 or ap == "TRƯA" and hour <= 5:
        hour += 12  # ("1:30 trưa" is 13:30, "11:30 trưa" stays)
    elif ap in ("AM", "SA") and hour == 12:
        hour = 0
    return hour, minute, second


# What every date header_date reads holds: a year of four digits standing alone (each compiled
# form ends in _Y, and the dateparser fallback needs a stated year), or a day, month and two-digit
# year (_DMYY). Callers test this before costlier scans of a line. (The lookaheads let the engine
# skip to a digit.)
_YEAR_HINT = regex.compile(r"(?=[12])(?<!\d)(?:19|20)\d\d(?!\d)")
_SHORT_YEAR_HINT = regex.compile(r"(?=\d)(?<![\d/.\-])\d{1,2}( ?+[/.\-] ?+)\d{1,2}\1\d\d(?![\d/.\-])|(?<=\d,? )['’]\d\d(?!\d)")  # (or an
# apostrophe's year after an English month's day: "Mar 28, '10")


@functools.lru_cache(maxsize=1)
def _opens_dated() -> regex.Pattern[str]:
    """A paragraph that opens with its event date ("Ngày 03/10/2025, …", "Sáng 7/3, …", "Chiều nay
    5/6", "Ngày 26 tháng 8 năm 2021, …"): a daypart of data/vi/dates.txt as printed there, capitalised, which a sentence wrapped
    mid-way is not; or "Ngày"/"Hôm" (the anchor words that need no daypart)."""
    # (the packaged words: is_prose, which asks this of every line, has no vocabulary to hand)
    sections = read_sections("dates")
    body = _printed(sections.get("daypart", []), "Ngày", "Hôm")
    days = "|".join([r"\d", *(regex.escape(w.strip()) for w in sections.get("days", []) if w.strip())])
    opening = _printed(sections.get("span", [])).replace("\\#", f"(?:{days})")
    span = (rf"(?:{opening})\s+\d{{1,2}}\s*+(?:{_printed(sections.get('span_to', []))})\s*+\d{{1,2}}[/.\-]\d")
    return regex.compile(rf"^(?:(?:{body})(?:\s+ngày)?\s+\d{{1,2}}(?:[/.\-]\d|\s+tháng\s+\d)|{span})")  # (… 26 tháng 8 …)


def _printed(words: Iterable[str], *more: str) -> str:
    """An alternation of ``words`` as printed (case kept, any run of spaces between words), longest first."""
    kept = {w.strip() for w in (*words, *more)} - {""}
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(kept, key=len, reverse=True)) or "(?!)"


def opens_with_date(text: str) -> bool:
    """A lead, however short, not a caption (see _opens_dated)."""
    return _opens_dated().match(text) is not None


def may_hold_date(text: str) -> bool:
    """False when no header date can be read from ``text`` (a cheap gate)."""
    return _YEAR_HINT.search(text) is not None or _SHORT_YEAR_HINT.search(text) is not None


def weekday_order(found: DateMatch, before: str, pat: DatePatterns) -> DateMatch:
    """The date read month-first when the weekday printed right before it (``before``: "Tue, ",
    "T7, ") falls on that reading only; day-first stays whenever it fits or nothing says."""
    if found.year is None or found.month == found.day or found.day > 12 or not before:
        return found
    m = pat.weekday_before.search(before[-_WEEKDAY_REACH:])
    if m is None or (named := pat.weekday_days.get(" ".join(fold(m["wd"]).split()))) is None:
        return found
    try:
        if dt.date(found.year, found.month, found.day).weekday() == named:
            return found
        if dt.date(found.year, found.day, found.month).weekday() != named:
            return found
    except ValueError:
        return found
    return replace(found, month=found.day, day=found.month)


def epoch(found: DateMatch) -> bool:
    """The first of January 1970: a timestamp a template never set (Unix time 0, shown in Vietnam's time as
    "01/01/1970 07:00"), not a day anything was posted."""
    return found.year == 1970 and found.month == 1 and found.day == 1


_WEEKDAY_REACH = 24  # characters before a date where its weekday stands ("Thứ Năm, ngày ")


def header_date(pat: DatePatterns, line: str) -> tuple[DateMatch, str] | None:
    """The date of a line that is only a date (with label, weekday, time): and the leftover text.

    A labelled meta line the patterns cannot read ("Ngày đăng: 20 Jan 2020") goes to
    :func:`fallback_parse`; nothing else does, so pages of ordinary forms never load dateparser.
    """
    m = pat.header.match(line)
    if not m and line[:3].lstrip(" |")[:1].isdigit() and (clock := _CLOCK_THEN_BAR.match(line)):
        hit = header_date(pat, line[:clock.start("sep")] + ":" + line[clock.end("sep"):])  # "08g30 | 03/04/2023":
        if hit:  # a clock in "g" or "h" before a bar is a meta line's time, not an event's ("8h00 ngày …")
            return replace(hit[0], text=line[hit[0].start:hit[0].end].strip(" •·|*-–—\t«»‹›")), hit[1]
    if not m and line[:1] in "TtCc" and (clock := pat.weekday_clock.match(line)):
        hit = header_date(pat, line[:clock.start("time")] + " " * (clock.end() - clock.start("time")) + line[clock.end():])
        if hit and hit[0].hour is None:  # "Thứ Bảy, 14:20 25/05/2024": the day with the time moved to it
            return replace(hit[0], hour=int(clock["H"]), minute=int(clock["Mi"]),
                           text=line[:hit[0].end].strip(" •·|*-–—\t«»‹›")), hit[1]
    if not m and len(line) <= 40 and (alone := _TIME_THEN_DAY.match(line)):
        # a line of its own that is only a time, then the day ("08h30 ngày 14/02/2025"): a date line
        # (inside a sentence that is how an event's time is given, and the header pattern refuses it)
        hit = header_date(pat, f"{alone['day']} {alone['time']}")
        if hit and not hit[1].strip():
            return replace(hit[0], text=line.strip(), start=0, end=len(line)), ""
    if not m:
        lab = pat.labelled.match(line)
        found = fallback_parse(lab["value"]) if lab else None
        if found is None:
            return None
        text = line.strip(" •·|*-–\t")
        return DateMatch(found.year, found.month, found.day, found.hour, found.minute, found.second,
                         text, 0, len(line)), ""
    if (m["t_H"] and not m["luc"] and (sep := line[m.end("t_H"):m.start("t_Mi")].strip())[:1] in ("h", "g")
            and (sep != "giờ" or m["label"]) and not fold(m["label"] or "").startswith(pat.meta_labels)
            and line[m.end("t_Mi"):m.end("t_Mi") + 4].lstrip("' ")[:1] not in ("-", "–", "|")):
        return None  # "Thời gian: 8h00 ngày 20/01/2020": an event's time, which a page-date label would not give so
        # (a meta line's is set off from its day: "Thời gian: 15h07' - 19/12/2023 — Đã xem: …")
    year, month, day = date_parts(m, pat.months)
    hour, minute, second = _time(m)
    if m["tz"] and year is not None:
        year, month, day, hour, minute, second = to_local(m["tz"], year, month, day, hour, minute, second)
    end = m.start("rest")
    text = line[:end].strip(" •·|*-–—\t«»‹›").lstrip("([").lstrip()  # "(15/08/2024)": the date, not its bracket
    if m["wd"] and line[m.end("wd"):m.end("wd") + 1] == ")" and "(" not in text:
        text = "(" + text  # (but a weekday's own: "(Thứ Sáu) 06-09-2024 lúc 15h20")
    elif "(" in text and m["rest"][:1] == ")" and text.count("(") > text.count(")"):
        text += ")"  # (the day in brackets after its weekday, closed: "Thứ 3 (10-12-2024)")
    found = DateMatch(year, month, day, hour, minute, second, text, 0, end)
    if m["wd"] and "dmy" in m.re.groupindex and m["dmy"]:
        found = weekday_order(found, line[:m.start("dmy")], pat)
    return found, m["rest"]


def to_local(zone: str, year: int, month: int, day: int, hour: int | None, minute: int | None,
              second: int | None) -> tuple[int, int, int, int | None, int | None, int | None]:
    """An ISO time stamp's parts at another offset ("…T01:14:00Z") as Vietnam's clock shows them."""
    sign, digits = (1, "0000") if zone == "Z" else (1 if zone[0] == "+" else -1, zone[1:].replace(":", ""))
    try:
        stamp = dt.datetime(year, month, day, hour or 0, minute or 0, second or 0, tzinfo=dt.timezone(
            sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))))
        local = stamp.astimezone(VIETNAM)
    except ValueError:
        return year, month, day, hour, minute, second  # (an impossible date: iso() says so)
    return local.year, local.month, local.day, local.hour, local.minute, local.second if second is not None else None


_HOUR_IN_WORDS = regex.compile(r"^,?\s*+(?:vào\s++)?(?:lúc|hồi)\s++(?P<H>[01]?\d|2[0-3])\s*+giờ(?:\s*+(?P<Mi>[0-5]?\d)\s*+phút)?"
                             r"(?:\s++(?P<ap>sáng|trưa|chiều|tối))?(?!\s*+\d)")


def hour_in_words(rest: str) -> tuple[int, int, int] | None:
    """The hour, the minute and the length of a time in words right after a day ("… 12/9/2025 lúc 9 giờ sáng",
    "vào lúc 3 giờ chiều", "…, hồi 14 giờ 10 phút"), the afternoon's and evening's hours counted from noon; or
    None."""
    if "giờ" not in rest[:18] or (said := _HOUR_IN_WORDS.match(rest)) is None:
        return None
    hour = int(said["H"])
    return (hour + (12 if said["ap"] in ("chiều", "tối") and hour < 12 else 0), int(said["Mi"] or 0), said.end())


_CLOCK_THEN_BAR = regex.compile(r"^[\s|]*+\d{1,2}(?P<sep>[hg])\d\d'?\s*+(?:[|\-–]\s++|,\s*+(?=\d{1,2}/\d{1,2}/\d{4}))"
                                 r"(?=\d|[CcTt][^|\d]{0,12}\d)")  # (the day's weekday before it: "19g30 | CN 06-10-2024")
# ("10h30' - 05/09/23"; a comma before a whole day, a meta field's: "15h30, 12/03/2025"; prose puts "ngày" there)
_TIME_THEN_DAY = regex.compile(r"^\s*+(?P<time>\d{1,2}\s*+(?:giờ|[:hg])\s*+\d\d)\s*+,?\s*+ngày\s++(?P<day>\d[\d/.\-]{4,9}\d)\s*+$")
_TIME_THEN_DAY_FIELDS = regex.compile(r"^\s*+(?P<time>\d{1,2}\s*+(?:giờ|[:hg])\s*+\d\d)'?(?:\s*+\(\s*+GMT\s*+[+-]\s*+\d{1,2}\s*+\))?"
                                      r"\s*+(?:,\s*+ngày|ngày|[—–|]|-(?=\s))?\s*+"  # (its zone after it: "07:05 (GMT+7) — …"; a bar: "08:30 | 19/12/2024")
                                      r"(?P<day>\d[\d/.\-]{4,9}\d)"  # ("Giờ đăng: 07:20 — 14/02/2025")
                                      r"(?=\s*+[|·•—–]\s|\s++\(|\s*+$|\s++\p{Lu})")  # (a bracket after it: "… (164 lượt đọc)";
# or the next field glued on: "… 14/02/2025 Số lần xem: 689")


def labelled_time_then_day(pat: DatePatterns, value: str) -> tuple[DateMatch, str] | None:
    """A date label's value with its time first and fields after it ("16:05 ngày 11/03/2024 · Số lần
    xem: …", after "Đưa lên lúc:"), or a line of fields between bars that opens so ("7h45' ngày
    05/3/2024 | Chuyên mục: …"): the label or the bars make it the page's time, which in prose it is not."""
    m = _TIME_THEN_DAY_FIELDS.match(value)
    hit = header_date(pat, f"{m['day']} {m['time']}") if m else None
    if hit is None or hit[1].strip():
        return None
    return replace(hit[0], text=value[:m.end()].strip(), start=0, end=m.end()), value[m.end():]


# What every numeric date holds (a superset of _DMY): a cheap scan before the trailing-date
# pattern, which tries its optional weekday and brackets at every space of a title ending in a year.
_DMY_SHAPE = regex.compile(r"\d\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d")


def trailing_date(pat: DatePatterns, line: str) -> tuple[DateMatch, str] | None:
    """A date closing a line, and the text before it."""
    if not _DMY_SHAPE.search(line):
        return None
    m = pat.trailing.search(line)
    if not m or not m.start():
        return None
    year, month, day = date_parts(m)
    hour, minute, second = _time(m)
    text = line[m.start():].strip()
    found = DateMatch(year, month, day, hour, minute, second, text, m.start(), len(line))
    if "dmy" in m.re.groupindex and m["dmy"]:
        found = weekday_order(found, line[:m.start("dmy")], pat)  # ("… on Tue, 06/11/2024 - 09:30")
    return found, line[:m.start()].strip()


def event_dates(pat: DatePatterns, paragraph: str) -> list[DateMatch]:
    """Anchored dates in running text, in order, skipping document references and parentheses."""
    return list(iter_event_dates(pat, paragraph))


_DOC_NUMBER = regex.compile(r"\d+\s*[/\-]\s*[A-ZĐ]")  # a document's number: "1738-QĐ", "45/QĐ-UBND"


def _dates_document(pat: DatePatterns, before: str) -> bool:
    """The text right before a date names the document the date is of ("Quyết định số 108/NQ-HĐND
    ngày 07/7/2017"): the nearest reference, when it has no date of its own yet ("Kế hoạch số 151/KH
    ngày 22/8/2017 …, ngày 19/9/2017" dates something else). After a comma with no document number
    since the reference, the date opens a clause of its own ("… Kế hoạch chuyển đổi số năm 2024,
    ngày 5 tháng 3 năm 2024, UBND xã …"); "Quyết định số 1738-QĐ/TU, ngày 27/01/2015" is still the
    document's date."""
    ref = next(reversed(list(pat.doc_ref.finditer(before, overlapped=True))), None)
    if ref is None or before.rstrip().endswith(",") and not _DOC_NUMBER.search(before, ref.start()):
        return False
    return not (pat.dmy.search(before, ref.start()) or pat.written.search(before, ref.start()))


def _lunar_after(pat: DatePatterns, paragraph: str, at: int) -> bool:
    """A word of dates.txt "@lunar" (folded) opens the words at ``at``, whole: the day before is the lunar calendar's."""
    following = fold(paragraph[at:at + _LUNAR_WORDS])
    return any(following.startswith(word) and not following[len(word):len(word) + 1].isalpha() for word in pat.lunar_leads)


_LUNAR_WORDS = 10  # characters read after a day for the lunar calendar's word ("âm lịch", "ÂL")
_TEN_DAYS = ("mùng", "mồng")  # (folded) the word for a month's first ten days, lunar most often


def iter_event_dates(pat: DatePatterns, paragraph: str) -> Iterator[DateMatch]:
    """:func:`event_dates` one at a time: the date cascade stops at the first, unread the rest."""
    if not pat.event_gate.search(paragraph):
        return
    depth, seen = 0, 0  # parentheses open before the match, counted once over the paragraph
    for m in _event_matches(pat, paragraph):
        gap = paragraph[seen:m.start()]
        depth += gap.count("(") - gap.count(")")
        seen = m.start()
        before = paragraph[max(0, m.start() - 60):m.start()]
        # the nearest reference (documents are not dated "Sáng ngày …")
        if not m["part"] and _dates_document(pat, before):
            continue
        if depth > 0 and not fold(paragraph[paragraph.rfind("(", 0, m.start()) + 1:m.start()].lstrip()).startswith(
                pat.lunar_leads):
            continue  # "(27/7/1947 – 27/7/2017)": an anniversary gloss, not the event; but the calendar's day after a
            # lunar one is the event's ("mùng 3 tháng 8 năm Giáp Thìn (tức ngày 05/9/2024)")
        if pat.lunar_month.search(m.group()):
            continue  # "16 và 17 tháng Giêng năm Ất Tỵ": a lunar month by its own name, the calendar's in brackets after
        if paragraph[m.end():m.end() + 1] == " " and _lunar_after(pat, paragraph, m.end() + 1):
            continue  # "15/8 âm lịch (tức ngày 06/10/2025)": the lunar calendar's day, said so after it
        if (m["anchor"][-1:] == "g" and fold(m["anchor"]).endswith(_TEN_DAYS)
                and not (m["w"] and m["m"])):  # (m["m"]: a month's number, not its name: "tháng Giêng")
            continue  # "mùng 10 tháng Giêng": a lunar day; only "mùng 2 tháng 9 năm 2024" is the calendar's
        if m["dm"]:
            if m["sep"] == "." and not regex.match(r"(?i)\w", m["anchor"]):
                continue
            year, month, day = None, int(m["m"]), int(m["d"])
            tail = pat.range_end.match(paragraph, m.end())
            if tail:
                year = int(tail["y"])
        elif m["wdm"]:
            month, day = date_parts(m, pat.months)[1:]
            year = None  # (a year the page states comes later, from infer_year)
        else:
            year, month, day = date_parts(m, pat.months)
        if m["dd"]:  # "Từ ngày 10 đến 12/3/2024": the span starts on the 10th ...
            first = int(m["dd"])
            if first > day:  # ... "từ ngày 30 đến 2/4": of the month before
                month, year = (month - 1, year) if month > 1 else (12, year - 1 if year else None)
            day = first
        end = m.end()
        if paragraph[end:end + 1] == ")" and "(" in paragraph[m.start():end]:
            end += 1  # "Sáng thứ Bảy (9/3)": the date with its brackets
        yield DateMatch(year, month, day, None, None, None, paragraph[m.start():end], m.start(), end)


def _event_matches(pat: DatePatterns, paragraph: str) -> Iterator[regex.Match[str]]:
    """What ``pat.event.finditer(paragraph)`` yields, found from the gate's digits.

    Every event match's date opens with a digit the gate finds, and (on single-spaced text)
    starts and ends within a bounded window around it: searching those windows only, instead
    of trying the anchor words at every letter of the paragraph, is several times faster.
    """
    if " ".join(paragraph.split()) != paragraph:  # runs of spaces: no bound on the window
        yield from pat.event.finditer(paragraph)
        return
    pos = 0
    for gate in pat.event_gate.finditer(paragraph):
        digit = gate.start()
        if digit < pos:
            continue
        # The leftmost match from pos that starts by this digit, if any (none can start before
        # the window: its own date digit would be a gate position before this one).
        m = pat.event.search(paragraph, max(pos, digit - pat.event_before), digit + pat.event_after)
        if m is not None and m.start() <= digit:
            yield m
            pos = m.end()


def url_date(pat: DatePatterns, url: str | None) -> DateMatch | None:
    """A full date in a URL path segment: ``/2023-01-30/``, ``/Pages/2024-5-17/``, ``/2023/01/30/``."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    for m in pat.url.finditer(path):
        before = path[m.start() - 1] if m.start() else "/"
        after = path[m.end()] if m.end() < len(path) else "/"
        if before in "/" and after in "/._":
            found = DateMatch(int(m["y"]), int(m["m"]), int(m["d"]), text=m.group(0))
            if found.iso():
                return found
    if (m := pat.url_compact.search(path)) is not None and (found := DateMatch(
            int(m["y"]), int(m["m"]), int(m["d"]), text=m.group(0))).iso():
        return found
    if "=" in url and (m := pat.query_day.search(url)) is not None and (found := DateMatch(
            int(m["y"]), int(m["m"]), int(m["d"]), text=m.group(0))).iso():
        return found  # (a script's query naming the post's day and number: "/cgi-bin/tintuc.pl?ngay=2006-03-14&so=27")
    return None




# A meta row's day and month with no year, and its time if it shows one ("21/03 14:05", "T.5 18/07 · 09:20",
# "lúc 07:40, 13-08", "08 Th11"): the first day-month not followed by a year, the first clock anywhere.
_YEARLESS_DM = regex.compile(rf"(?<![\d/.\-:]){_D}(?:[/.\-]{_M}|\s++(?:Th|Thg|thg)\s?+{_M})(?![\d/.\-:]|\s++\d{{4}})")
_CLOCK_SHOWN = regex.compile(r"(?<![\d/.\-])(?P<H>[01]?\d|2[0-3])[:h](?P<Mi>[0-5]\d)(?![\d/.\-])")


def yearless_day(text: str) -> DateMatch | None:
    """The day, month and time of a meta row that names no year, or None; its year comes from the page."""
    m = _YEARLESS_DM.search(text)
    if m is None:
        return None
    clock = _CLOCK_SHOWN.search(text)
    if clock is None:
        return DateMatch(None, int(m["m"]), int(m["d"]), text=m[0], start=m.start(), end=m.end())
    start, end = min(m.start(), clock.start()), max(m.end(), clock.end())
    shown = text[start:end] if end - start <= _STAMP_SPAN else m[0]  # (the time beside the day: "21/03 14:05")
    return DateMatch(None, int(m["m"]), int(m["d"]), int(clock["H"]), int(clock["Mi"]), text=shown, start=start, end=end)


_STAMP_SPAN = 20  # characters: a day and its time in one stamp ("lúc 07:40, 13-08", "16/05 | 09:20")


def infer_year(pat: DatePatterns, *texts: str, month: int | None = None) -> int | None:
    """A year the page states: "năm 2022" first, then a full date's year, then any 19xx/20xx,
    then a month's ("tháng 9/2022").

    A paragraph naming a year and the next ("tổng kết công tác năm 2023, triển khai nhiệm vụ năm
    2024") reviews the one and plans the other: such meetings run from the old year's last months
    to the new year's first half, so a date's ``month`` picks between them.

    A review of a span of years in the date's paragraph ("tổng kết 10 năm … giai đoạn 2011 - 2021",
    "tổng kết năm học 2022 - 2023") is held in its last year, when the paragraph names no other.

    Years inside parentheses are glosses, not the article's year: "(27/7/1947 – 27/7/2017)";
    nor are a document's dates ("Nghị quyết số 12-NQ/ĐU ngày 15/3/2021"), spans ("năm học 2022 - 2023"), goals ("đến năm 2030") or starts ("từ năm 2008"). Failing those, an
    anniversary gloss gives the year it is celebrated (its end): the date's own paragraph's, then
    the page's. In the paragraph the first year counts, on the page the latest.
    """
    for n, text in enumerate(texts):
        for finder in (pat.nam_year, pat.dmy, pat.any_year, pat.month_year):
            years = [int(m["y"]) for m in finder.finditer(text) if not _enclosed(text, m.start())
                     and not (text[m.start() - 1:m.start()] == " " and pat.law_named.search(text, max(0, m.start() - _GLOSS), m.start()))
                     and _SINCE_WORDS.search(fold(text[max(0, m.start() - 8):m.start()])) is None
                     and not (finder is pat.dmy and _dates_document(pat, text[max(0, m.start() - 60):m.start()]))
                     and int(m["y"]) >= _PORTAL_YEARS]
            if years and n == 0 and month and finder is pat.nam_year and years[0] + 1 in years[1:3]:
                return years[0] + 1 if month <= _REVIEW_LAST_MONTH else years[0]  # (a year's review, the next's plan)
            if years:  # the date's own paragraph: its first year; the page: its latest ("… xây từ năm 1998
                return years[0] if n == 0 else max(years)  # … từ đầu năm 2024": a story goes back in time)
        if n == 0 and (review := pat.review_span.search(text)):
            return int(review["y"])  # a review of years in the date's own paragraph: held in their last
        m = pat.gloss_span.search(text)
        if m:  # (the date's own paragraph's anniversary before the rest of the page)
            return int(m["y"])
    return _plan_year(pat, texts, month) if month else None


def _plan_year(pat: DatePatterns, texts: tuple[str, ...], month: int) -> int | None:
    """No year stated but a document's date ("Thực hiện Kế hoạch số 142/KH-UBND ngày 05/6/2024", …):
    the plan that ordered the event, issued in the event's month or the few before it, gives its year."""
    for text in texts:
        for m in pat.dmy.finditer(text):
            year, issued, _ = date_parts(m, pat.months)
            if (year and year >= _PORTAL_YEARS and 0 <= month - issued <= _PLAN_AHEAD
                    and _dates_document(pat, text[max(0, m.start() - 60):m.start()])):
                return year
    return None


_PLAN_AHEAD = 3  # months a plan is issued before the event it orders, at most


# (where something began: "từ năm 2019 đến nay", "dựng từ năm 2008", "thí điểm từ tháng 6/2023";
# "từ đầu năm 2024" is this year so far, and kept)
_SINCE_WORDS = regex.compile(r"(?<!\w)từ(?:\s++năm)?\s*+$")  # (folded, right before the year or its "năm")
_REVIEW_LAST_MONTH = 6  # a year's review held in the next year comes by June; from then on, the same year
_PORTAL_YEARS = 2000  # a year before the portals ("hy sinh năm 1972") is history, never a news item's year


_GLOSS = 120  # how far a parenthesised gloss reaches either side of a year (keeps this linear)


def _enclosed(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside a closed pair of parentheses (a short gloss)."""
    lo = max(0, pos - _GLOSS)
    opened = text.rfind("(", lo, pos)
    if opened < 0 or text.rfind(")", opened, pos) >= 0:
        return False
    hi = pos + _GLOSS
    closed = text.find(")", pos, hi)
    reopened = text.find("(", pos, hi)
    return closed >= 0 and (reopened < 0 or closed < reopened)


_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "TIMEZONE": "Asia/Ho_Chi_Minh",
    "RETURN_AS_TIMEZONE_AWARE": False,
    # absolute dates only: no "2 ngày trước" (relative to today), no Unix timestamps
    "PARSERS": ["custom-formats", "absolute-time"],
}
_STATED_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NUMERIC_DMY = regex.compile(r"(?<!\d)(?P<a>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?:19|20)\d{2}(?!\d)")


@functools.lru_cache(maxsize=256)  # an HTML date field is read by the metadata cascade and the labeller
def fallback_parse(text: str) -> DateMatch | None:
    """``dateparser`` on one isolated candidate string; only after the fast path failed.

    It is slow and reads ``Lượt xem: 1234`` as a year, so callers hand it a date line only.
    The year must be printed (never today's), and a numeric date is read day-first or not at
    all (dateparser would turn ``12/13/2020`` month-first).
    """
    if len(text) > 80 or not _STATED_YEAR.search(text):
        return None
    try:
        import dateparser  # lazy: importing it costs about half a second
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        got = dateparser.parse(text, languages=["vi", "en"], settings=_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd strings
        log.debug("dateparser failed on %r", text, exc_info=True)
        return None
    if got is None or str(got.year) not in _STATED_YEAR.findall(text):
        return None
    numeric = _NUMERIC_DMY.search(text)
    if numeric and (int(numeric["a"]), int(numeric["b"])) != (got.day, got.month):
        return None
    has_time = bool(got.hour or got.minute or got.second)
    return DateMatch(got.year, got.month, got.day, got.hour if has_time else None,
                     got.minute if has_time else None, got.second if has_time else None, text, 0, len(text))

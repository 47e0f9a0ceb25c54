/**
 * First-contact deadlines count working hours: Monday to Friday, 9:00 to 17:00, in the
 * territory's time zone. A request sent on Friday evening is due on Monday or Tuesday, not
 * on Saturday.
 */
const dayStart = 9;
const dayEnd = 17;

/** The wall-clock parts of an instant in a time zone. */
function wallClock(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return { weekday: get("weekday"), hour: Number(get("hour")), minute: Number(get("minute")) };
}

const minute = 60_000;

/** The instant `hours` working hours after `start`, walking an hour or a working stretch at a time. */
export function addWorkingHours(start: Date, hours: number, timeZone = "Europe/Paris"): Date {
  let remaining = Math.round(hours * 60);
  let cursor = new Date(Math.floor(start.getTime() / minute) * minute);
  while (remaining > 0) {
    const { weekday, hour, minute: minutes } = wallClock(cursor, timeZone);
    const working = weekday !== "Sat" && weekday !== "Sun" && hour >= dayStart && hour < dayEnd;
    if (working) {
      const untilClose = (dayEnd - hour) * 60 - minutes;
      const step = Math.min(untilClose, remaining);
      cursor = new Date(cursor.getTime() + step * minute);
      remaining -= step;
    } else {
      cursor = new Date(cursor.getTime() + (60 - minutes) * minute);
    }
  }
  return cursor;
}

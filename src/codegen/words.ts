/** Name helpers for builder methods: `JUST_IN_TIME` → `JustInTime`. */
export const pascal = (s: string): string =>
  s
    .toLowerCase()
    .split(/[_\s-]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/** `JustInTime` → `just_in_time`, for Python method names. */
export const snake = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, '_');

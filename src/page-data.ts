// Data handed to Eleventy for its pages. Eleventy deep-copies every plain object of the data
// cascade into each page's data, "to avoid sharing", unless the object is frozen. With 10,000
// articles that was a copy of each article (its source, dates, names) and of the site's
// settings and feed for every page, all kept until the build ends. Templates only read data, so
// it is handed over frozen, one level deep: nested values stay shared, and the originals stay
// as they are.

/** `value` as one object every page shares: a frozen shallow copy when it is a plain object. */
export function sharedByPages<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.freeze({ ...value });
}

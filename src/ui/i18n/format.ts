/**
 * Fills `{name}` placeholders, and `{name|one|other}` plural choices: "one" when the param is
 * exactly 1, else "other" (the rule of English, Swedish and Danish alike). An unknown placeholder
 * stays visible so a missing value is noticed.
 */
export function formatMessage(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (one === undefined || other === undefined) return String(value);
    return Number(value) === 1 ? one : other;
  });
}

// UI strings in this language; missing keys fall back to English (strings.js).
export default {};

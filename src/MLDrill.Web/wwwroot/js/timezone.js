// Fills the hidden time-zone field so "today" starts at the user's midnight.
for (const input of document.querySelectorAll("input[data-timezone]")) {
  try { input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"; } catch { input.value = "UTC"; }
}

// The browser's name and version, for benchmark reports.
return navigator.userAgent;

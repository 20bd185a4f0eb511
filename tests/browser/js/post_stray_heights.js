// Look-alike height messages from the host window itself, one of them
// malformed twice over: embed.js must take none of them.
postMessage({ type: 'kuril-map:height', height: 4321 }, '*');
postMessage('kuril-map:height', '*');
postMessage({ type: 'kuril-map:height', height: '9999px' }, '*');
return true;

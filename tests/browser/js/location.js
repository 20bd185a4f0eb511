// The page's query string (location.search).
return location.search;

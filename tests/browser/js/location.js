// The page's own address: [href, search].
return [location.href, location.search];

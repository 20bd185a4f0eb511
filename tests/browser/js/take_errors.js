// The errors the test server's probe has recorded since the last call
// (see src/server.rs), emptying the list.
return (window.__kurilErrors || []).splice(0);

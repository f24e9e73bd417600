module example.com/shoutbox

go 1.19

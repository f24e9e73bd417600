package accesslog

import "testing"

func TestErrorRate(t *testing.T) {
	log := `GET /a 200
POST /b 503
GET /c 404
garbage
GET /d 500`
	if got := ErrorRate(log); got != 0.5 {
		t.Fatalf("ErrorRate = %v, want 0.5", got)
	}
}

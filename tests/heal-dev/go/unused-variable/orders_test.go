package orders

import (
	"reflect"
	"testing"
)

func TestTopCustomers(t *testing.T) {
	got := TopCustomers([]Order{
		{1, "ana", 5000}, {2, "bo", 1200}, {3, "ana", 700}, {4, "cy", 9000}, {5, "bo", 3900},
	}, 5000)
	if want := []string{"ana", "bo", "cy"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v want %v", got, want)
	}
}

package ringbuf

import (
	"reflect"
	"testing"
)

func TestKeepsLastValuesOldestFirst(t *testing.T) {
	r := New(3)
	for v := 1; v <= 5; v++ {
		r.Push(v)
	}
	if got, want := r.Values(), []int{3, 4, 5}; !reflect.DeepEqual(got, want) {
		t.Fatalf("Values() = %v, want %v", got, want)
	}
}

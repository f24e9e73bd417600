package ringbuf

// Ring keeps the last Cap values pushed.
type Ring struct {
	data  []int
	start int
	size  int
}

func New(capacity int) *Ring { return &Ring{data: make([]int, capacity)} }

func (r *Ring) Push(v int) {
	end := (r.start + r.size) % len(r.data)
	r.data[end] = v
	if r.size < len(r.data) {
		r.size++
	} else {
		r.start = (r.start + 1) % len(r.data)
	}
}

// Values returns the kept values, oldest first.
func (r *Ring) Values() []int {
	out := make([]int, 0, r.size)
	for i := 0; i < r.size; i++ {
		out = append(out, r.data[(r.start+i)%len(r.data)])
	}
	return out
}

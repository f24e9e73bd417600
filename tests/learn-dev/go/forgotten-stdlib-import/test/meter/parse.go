package meter

import "errors"

var ErrEmpty = errors.New("empty reading")

// Parse reads a meter display like "004217".
func Parse(display string) (int, error) {
	if display == "" {
		return 0, ErrEmpty
	}
	return strconv.Atoi(display)
}

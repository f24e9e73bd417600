package grade

import "fmt"

// Letter converts a percentage score into a letter grade.
func Letter(score int) (string, error) {
	if score < 0 || score > 100 {
		return "", fmt.Errorf("score %d out of range", score)
	}
	switch {
	case score >= 90:
		return "A", nil
	case score >= 80:
		return "B", nil
	case score >= 70:
		return "C", nil
	case score >= 60:
		return "D", nil
	}
}

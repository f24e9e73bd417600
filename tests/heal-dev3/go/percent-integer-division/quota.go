package quota

import "fmt"

type Usage struct {
	UsedMB  int
	LimitMB int
}

// Percent returns the used share of the quota, rounded down to a whole percent.
func (u Usage) Percent() int {
	if u.LimitMB == 0 {
		return 0
	}
	return u.UsedMB / u.LimitMB * 100
}

func (u Usage) Warning() string {
	p := u.Percent()
	switch {
	case p >= 100:
		return "quota exceeded"
	case p >= 80:
		return fmt.Sprintf("%d%% used", p)
	}
	return ""
}

package main

import (
	"os"

	"example.com/leaderboard/internal/rank"
)

func main() {
	rank.Print(os.Stdout, []rank.Player{
		{Name: "mika", Score: 1200},
		{Name: "zoe", Score: 1850},
		{Name: "ali", Score: 1200},
	})
}

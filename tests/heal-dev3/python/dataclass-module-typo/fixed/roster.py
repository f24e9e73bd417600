from dataclasses import dataclass, field


@dataclass
class Player:
    name: str
    position: str
    goals: int = 0


@dataclass
class Team:
    name: str
    players: list[Player] = field(default_factory=list)

    def add(self, player: Player) -> None:
        self.players.append(player)

    def top_scorer(self) -> Player:
        return max(self.players, key=lambda p: p.goals)

    def by_position(self, position: str) -> list[str]:
        return sorted(p.name for p in self.players if p.position == position)


def main() -> None:
    team = Team("Harbour FC")
    team.add(Player("Ines", "forward", 11))
    team.add(Player("Tomas", "defender", 2))
    team.add(Player("Maya", "forward", 7))
    best = team.top_scorer()
    print(f"top scorer: {best.name} with {best.goals}")
    assert best.name == "Ines"
    assert team.by_position("forward") == ["Ines", "Maya"]


if __name__ == "__main__":
    main()

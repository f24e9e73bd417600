class Oven:
    """The setpoint is kept in Celsius; target_f is only for the display."""

    def __init__(self, setpoint_c: float) -> None:
        self.setpoint_c = setpoint_c
        self.target_f = setpoint_c * 9 / 5 + 32
        self.current_c = 20.0

    def heat(self, minutes: int, degrees_per_minute: float = 8.0) -> None:
        self.current_c = min(self.setpoint_c, self.current_c + minutes * degrees_per_minute)

    def ready(self) -> bool:
        # setpoint_c used to be called target_c
        return self.current_c >= self.target_c

    def display(self) -> str:
        return f"{self.current_c:.0f} C (set {self.target_f:.0f} F)"

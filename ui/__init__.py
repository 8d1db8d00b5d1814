"""HallDesk's window: Qt lives here and only here. No rule is written in a widget."""

"""brief: turn a folder of Arabic news articles into one bilingual, attributed briefing."""

__version__ = "0.1.0"

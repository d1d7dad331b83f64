"""Settings schema, validated loading and atomic saving. No Qt."""

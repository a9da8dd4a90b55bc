"""The clause library: catalogue, topics, search, user clauses (no Qt)."""

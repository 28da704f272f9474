"""The Reports view: charts of how fast the shop answers, volumes, customers, orders, promos."""

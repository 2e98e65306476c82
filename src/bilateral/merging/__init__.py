"""Merging event mentions into happenings: the vocabulary (``vocabulary``), clause content (``content``) and the
pairwise links and clustering of one dyad and type (``linking``). ``bilateral.dedup`` composes them."""

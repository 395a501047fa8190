# Columns count characters, not bytes.
name = "Zoë"
greeting = "héllo " + name + 1

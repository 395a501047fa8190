# A binary operation as a whole statement still shows its operator.
zero = 0
1 // zero

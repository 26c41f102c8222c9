-- The script raises its own error.
-- expect: the venue is closed
error("the venue is closed")

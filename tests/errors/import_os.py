# error: 2:1: importing module 'os' is not supported
import os

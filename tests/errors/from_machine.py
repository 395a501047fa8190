# error: 2:1: importing 'ADC' from 'machine' is not supported
from machine import ADC

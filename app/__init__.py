"""Seedance Studio: a desktop studio for Seedance 2.0 video generation over the Evolink API."""

__version__ = "0.1.0"
APP_NAME = "Seedance Studio"
APP_ID = "seedance-studio"

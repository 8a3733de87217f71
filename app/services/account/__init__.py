"""The account: the key in the OS keychain, its check, the balance, prices and spending."""

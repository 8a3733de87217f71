"""The account and the API: prices and charges, API and connection errors, account refusals, the
file service, the keychain."""

from __future__ import annotations

from app.core.message_catalog import N_, MessageId


class PricesMsg(MessageId):
    """Prices, charges and the daily budget (pricing, price rules, budget)."""

    PRICE_UNKNOWN_MODEL = N_("unknown model")
    PRICE_UNKNOWN_QUALITY = N_("unknown quality")
    PRICES_NOT_PUBLISHED = N_("{what} prices are not published")
    PRICE_PLUS_INPUT_VIDEO = N_("more if the input video is longer than the clip")
    PRICE_FILTER_OFF = N_("+10% with the content filter off")
    PRICE_WEB_SEARCH = N_("+{credits} per web search")
    PRICE_SOURCE_QUOTE = N_("quote from Evolink, {age}")
    PRICE_SOURCE_RULES = N_("Evolink's public price rules, updated {age}")
    PRICE_SOURCE_TABLE = N_("price table of {date}")
    PRICE_SOURCE_LEARNED = (
        N_("from your last {model} {quality} clip"),
        N_("from your last {n} {model} {quality} clips"),
    )
    PRICE_SOURCE_SAYS = N_("{source}: ≈ {credits} credits")
    AGE_JUST_NOW = N_("just now")
    AGE_MINUTES = N_("{n} min ago")
    AGE_HOURS = N_("{n} h ago")
    AGE_DAYS = N_("{n} d ago")
    BUDGET_FIGURES = N_("Today: {today} of {budget} credits; this clip ≈ {estimate} → {after}")
    BUDGET_FIGURES_UNPRICED = N_(
        "Today: {today} of {budget} credits; this clip's price is unknown")


class ApiMsg(MessageId):
    """The API and its connection (app/services/api/errors.py, client.py, uploads)."""

    API_KEY_REFUSED = N_("The API key was refused: it is wrong, expired or disabled")
    API_NO_CREDITS = N_("Not enough credits (or this key's quota is used up)")
    API_NO_ACCESS = N_("This key has no access to that model")
    API_NOT_FOUND = N_("Not found")
    API_TOO_LARGE = N_("The request is too large (the limit is 64 MB)")
    API_RATE_LIMITED = N_("Too many requests at once; the server asked us to wait")
    API_UNAVAILABLE = N_("The video service is temporarily unavailable")
    API_HTTP_STATUS = N_("The server answered HTTP {status}")
    UPLOAD_REFUSED = N_("Refused by the file service: {reason}")
    UPLOAD_REFUSED_USE_URL = N_(
        "The file service refused {name} ({reason}): give a URL to this {kind} instead")
    UPLOAD_NO_REASON = N_("no reason given")
    UPLOAD_UNREADABLE = N_("{name} could not be read for its upload ({error})")
    NET_CONNECT_FAILED = N_("Could not connect to {url}: {error}")
    NET_TIMED_OUT = N_("The server did not answer in time")
    NET_BROKE = N_("The connection broke before an answer arrived ({error})")
    API_NOT_JSON = N_("The server's answer was not valid JSON")
    API_OTHER_TASK = N_("The server answered about task {got} when asked about {asked}")
    API_ERROR_DETAIL = N_("{message} {detail}")


class AccountMsg(MessageId):
    """Account refusals in their own words (the gateway's error types)."""

    MODEL_NOT_ALLOWED = N_("This API key may not use {model}")
    ACCOUNT_BALANCE_LOW = N_("Your account's credit balance is too low for this request")
    ACCOUNT_BALANCE_LOW_FIGURES = N_(
        "Your account's credit balance is too low: this request needs about {estimate} credits "
        "and {balance} remain")
    ACCOUNT_BALANCE_LOW_NEEDS = N_(
        "Your account's credit balance is too low: this request needs about {estimate} credits")
    ACCOUNT_BALANCE_LOW_HAS = N_(
        "Your account's credit balance is too low: {balance} credits remain")
    KEY_LIMIT_REACHED = N_(
        "This API key has used up its own credit limit (the account may still have credits): "
        "raise the key's limit or use another key")
    KEY_DAILY_LIMIT_RESETS_AT = N_(
        "This API key has used up its daily limit; it resets at {time} {zone} ({local} your "
        "time)")
    KEY_DAILY_LIMIT_MIDNIGHT_IN = N_(
        "This API key has used up its daily limit; it resets at midnight {zone}")
    KEY_DAILY_LIMIT = N_("This API key has used up its daily limit; it resets once a day")
    KEY_DISABLED = N_(
        "This API key is disabled: enable it on your Evolink account or use another key")
    KEY_EXPIRED = N_(
        "This API key has expired: extend it on your Evolink account or use another key")
    KEY_MODEL_NOT_ALLOWED = N_(
        "This API key may not use this model: choose another model or allow it for the key on "
        "your Evolink account")
    ACCOUNT_DISABLED = N_("This Evolink account is disabled: contact Evolink support")
    MEDIA_URL_UNUSABLE = N_(
        "The video service could not fetch a media link: check that it is public and has not "
        "expired")
    NOT_CREATED = N_("Not sent: {reason}. No task was created and nothing was charged")


class FilesMsg(MessageId):
    """The file service: quota and its own errors."""

    FILES_QUOTA_SHORT = N_(
        "Not enough uploads left on the file service: this needs {needed}, {left} of {total} "
        "are left. Nothing was sent. Delete uploaded files (Account → Uploaded files…) or wait "
        "until they expire (72 h)")
    FILES_QUOTA_EXHAUSTED = N_(
        "The file service's upload quota is used up: delete uploaded files (Account → Uploaded "
        "files…) or wait until they expire (72 h)")
    FILES_UNAVAILABLE = N_("The file service is temporarily unavailable")
    FILES_HTTP_STATUS = N_("The file service answered HTTP {status}")


class KeychainMsg(MessageId):
    """The OS keychain and the key (app/services/account/keychain.py)."""

    KEYCHAIN_PROBLEM = N_("{problem} {hint}")
    KEYCHAIN_HINT = N_("{fix} {fallback}")
    KEYCHAIN_NONE = N_("No OS keychain is available (no usable keyring backend was found).")
    KEYCHAIN_FILE_BACKEND = N_(
        "The configured keyring backend ({name}) stores secrets in a file; Seedance Studio "
        "refuses it.")
    KEYCHAIN_LIBRARY_BROKEN = N_("The keyring library could not start ({error}).")
    KEYCHAIN_READ_FAILED = N_("The OS keychain failed to read the API key ({detail}).")
    KEYCHAIN_STORE_FAILED = N_("The OS keychain failed to store the API key ({detail}).")
    KEYCHAIN_DELETE_FAILED = N_("The OS keychain failed to delete the API key ({detail}).")
    KEYCHAIN_FIX_LINUX = N_(
        "On Linux a Secret Service is needed: install and start gnome-keyring (Debian/Ubuntu: "
        "`{command}`) or KWallet, run inside a desktop session with a D-Bus session bus, and "
        "unlock the keyring when asked.")
    KEYCHAIN_FIX_MACOS = N_(
        "macOS Keychain refused access: unlock the login keychain in Keychain Access and allow "
        "Seedance Studio when macOS asks.")
    KEYCHAIN_FIX_WINDOWS = N_(
        "Windows Credential Manager refused access: make sure the Credential Manager service "
        "is running and you are logged in with a normal (non-guest) profile.")
    KEYCHAIN_FALLBACK = N_(
        "Meanwhile you can set {env} in the environment or enter a session-only key (kept in "
        "memory until the app quits).")
    KEY_EMPTY = N_("The API key is empty.")
    KEY_WHITESPACE = N_("The API key contains whitespace; paste it again without spaces.")

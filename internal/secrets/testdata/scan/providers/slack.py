SLACK_BOT_TOKEN = "xoxb-‹dig:12›-‹dig:13›-‹b62:24›"  # want: secrets/slack-token
WEBHOOK = "https://hooks.slack.com/services/T‹up:10›/B‹up:10›/‹b62:24›"  # want: secrets/slack-token
SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]  # ok: secrets/slack-token

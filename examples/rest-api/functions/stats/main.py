"""GET /stats: how many quotes the table holds (an estimate DynamoDB refreshes every ~6 hours)."""

import json
import os

import boto3  # in every Lambda Python runtime

TABLE = boto3.resource("dynamodb").Table(os.environ["TABLE_QUOTES"])


def handler(event, context):
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({"quotes": TABLE.item_count}),
    }

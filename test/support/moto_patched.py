"""moto_server with patches that restore AWS's documented behaviour where moto 5.2 diverges.

Usage: python3 moto_patched.py -H 127.0.0.1 -p PORT   (same arguments as moto_server)

Each patch names the AWS documentation it follows. Gaps the engine must survive on its own
(Outputs missing after a change set, no per-resource events, no Replacement details) are
deliberately NOT patched: tests must keep proving the engine copes with them.
"""
import threading
import sys

from moto.cloudformation import models as cfn


def _patch_description_after_change_set() -> None:
    """DescribeStacks returns the template's Description after ExecuteChangeSet.

    AWS CloudFormation API Reference, Stack data type: "Description — A user-defined
    description associated with the stack", i.e. the Description of the template the stack
    runs. moto sets it for CreateStack/UpdateStack but leaves it empty (CREATE) or stale
    (UPDATE) when a change set is executed, because execute_change_set only swaps
    `stack.template`.
    """
    original = cfn.CloudFormationBackend.execute_change_set

    def execute_change_set(self, change_set_name, stack_name=None):  # type: ignore[no-untyped-def]
        original(self, change_set_name, stack_name)
        change_set = self.change_sets.get(change_set_name) or next(
            (c for c in self.change_sets.values() if c.change_set_name == change_set_name),
            None,
        )
        if change_set is None:
            return
        stack = self.stacks.get(change_set.stack_id)
        if stack is None:
            return
        template = cfn.Stack.parse_template(stack.template) if stack.template else {}
        stack.description = (template or {}).get("Description")

    cfn.CloudFormationBackend.execute_change_set = execute_change_set


def _patch_missing_change_set_errors() -> None:
    """A missing change set: DescribeChangeSet answers ChangeSetNotFound, DeleteChangeSet succeeds.

    AWS CloudFormation API Reference, DescribeChangeSet, Errors: "ChangeSetNotFound — The
    specified change set name or ID doesn't exit. To view valid change sets for a stack, use
    the ListChangeSets operation. HTTP Status Code: 404". DeleteChangeSet lists no such error
    (only InvalidChangeSetStatus): deleting a set that is not there is not an error, which
    the AWS CDK CLI relies on before every deploy ("Removing existing change set ... if it
    exists"). moto answers the first with a ValidationError "Stack with id ... does not
    exist" and the second with an HTTP 500 (an unhandled KeyError).
    """
    from moto.cloudformation.exceptions import CloudFormationError

    class ChangeSetNotFound(CloudFormationError):
        code = "ChangeSetNotFoundException"

        def __init__(self, name: str) -> None:
            super().__init__(f"ChangeSet [{name}] does not exist")

    def find(backend, name):  # type: ignore[no-untyped-def]
        if name in backend.change_sets:
            return name
        return next(
            (key for key, cs in backend.change_sets.items() if cs.change_set_name == name), None
        )

    original_describe = cfn.CloudFormationBackend.describe_change_set
    original_delete = cfn.CloudFormationBackend.delete_change_set

    def describe_change_set(self, change_set_name):  # type: ignore[no-untyped-def]
        if find(self, change_set_name) is None:
            raise ChangeSetNotFound(change_set_name)
        return original_describe(self, change_set_name)

    def delete_change_set(self, change_set_name):  # type: ignore[no-untyped-def]
        if find(self, change_set_name) is None:
            return None
        return original_delete(self, change_set_name)

    cfn.CloudFormationBackend.describe_change_set = describe_change_set
    cfn.CloudFormationBackend.delete_change_set = delete_change_set

    # ExecuteChangeSet on a missing set: ChangeSetNotFound too (moto: an unbound local, HTTP
    # 500). After an execution the stack's other change sets are removed, as AWS documents
    # in the User Guide, "Execute a change set": "After you execute a change set,
    # CloudFormation removes all change sets that are associated with the stack" (moto keeps
    # the executed one, which the tests allow for).
    #
    # One execution at a time: moto executes inline, in the request's thread, so two change
    # sets of one new stack executed together would both create its resources (the second
    # fails on the first's log group, with a JSON body on an XML API). On AWS the execution
    # that comes second finds its change set gone (removed by the first, as quoted above).
    original_execute = cfn.CloudFormationBackend.execute_change_set
    executing = threading.Lock()

    def execute_change_set(self, change_set_name, stack_name=None):  # type: ignore[no-untyped-def]
        with executing:
            key = find(self, change_set_name)
            if key is None:
                raise ChangeSetNotFound(change_set_name)
            stack_id = self.change_sets[key].stack_id
            original_execute(self, change_set_name, stack_name)
            for other, cs in list(self.change_sets.items()):
                if other != key and cs.stack_id == stack_id and cs.execution_status != "EXECUTE_COMPLETE":
                    del self.change_sets[other]

    cfn.CloudFormationBackend.execute_change_set = execute_change_set


def _patch_http_api_in_cloudformation() -> None:
    """CloudFormation creates AWS::ApiGatewayV2::Api resources (HTTP and WebSocket APIs).

    AWS CloudFormation User Guide, resource type AWS::ApiGatewayV2::Api, Return values:
    "Ref returns the API ID", "Fn::GetAtt ApiEndpoint: the default endpoint for an API,
    for example https://abcdef.execute-api.us-west-2.amazonaws.com". moto 5.2 implements
    the API itself (apigatewayv2 backend) but has no CloudFormation model for it, so a
    stack skips the resource and the stack's API id and endpoint are lost. This model
    creates and deletes the API through moto's own backend. Routes, integrations and
    stages stay skipped: nothing the engine reads depends on them.
    """
    from moto.apigatewayv2.models import apigatewayv2_backends
    from moto.core.common_models import CloudFormationModel

    class CloudFormationHttpApi(CloudFormationModel):
        # moto's model metaclass files every model under the service named by its module.
        __module__ = "moto.apigatewayv2.models"

        def __init__(self, api, account_id: str, region_name: str) -> None:  # type: ignore[no-untyped-def]
            self.api = api
            self.account_id = account_id
            self.region_name = region_name

        @staticmethod
        def cloudformation_type() -> str:
            return "AWS::ApiGatewayV2::Api"

        @staticmethod
        def cloudformation_name_type() -> str:
            return "Name"

        @property
        def physical_resource_id(self) -> str:
            return self.api.api_id

        @classmethod
        def has_cfn_attr(cls, attr: str) -> bool:
            return attr in ("ApiEndpoint", "ApiId")

        def get_cfn_attribute(self, attribute_name: str) -> str:
            if attribute_name == "ApiEndpoint":
                return self.api.api_endpoint
            return self.api.api_id

        @classmethod
        def create_from_cloudformation_json(  # type: ignore[no-untyped-def,override]
            cls, resource_name, cloudformation_json, account_id, region_name, **kwargs
        ):
            props = cloudformation_json.get("Properties", {})
            api = apigatewayv2_backends[account_id][region_name].create_api(
                api_key_selection_expression=props.get("ApiKeySelectionExpression"),
                cors_configuration=props.get("CorsConfiguration"),
                description=props.get("Description"),
                disable_schema_validation=props.get("DisableSchemaValidation"),
                disable_execute_api_endpoint=props.get("DisableExecuteApiEndpoint"),
                name=props.get("Name", resource_name),
                protocol_type=props.get("ProtocolType", "HTTP"),
                route_selection_expression=props.get("RouteSelectionExpression"),
                tags=props.get("Tags") or {},
                version=props.get("Version"),
            )
            return cls(api, account_id, region_name)

        @classmethod
        def update_from_cloudformation_json(  # type: ignore[no-untyped-def,override]
            cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name
        ):
            # An update keeps the API (and so its id and endpoint), as CloudFormation does
            # for every property of this type but none.
            return original_resource

        @classmethod
        def delete_from_cloudformation_json(  # type: ignore[no-untyped-def,override]
            cls, resource_name, cloudformation_json, account_id, region_name
        ):
            apigatewayv2_backends[account_id][region_name].delete_api(resource_name)

        def delete(self, account_id: str, region_name: str) -> None:
            apigatewayv2_backends[account_id][region_name].delete_api(self.api.api_id)

    assert CloudFormationHttpApi in CloudFormationModel.__subclasses__()


def _patch_idempotency_tokens() -> None:
    """A retried CreateChangeSet / ExecuteChangeSet with the same client token acts once.

    AWS CloudFormation API Reference, CreateChangeSet, ClientToken: "A unique identifier for
    this CreateChangeSet request. Specify this token if you plan to retry requests so that
    CloudFormation knows that you're not attempting to create another change set with the
    same name." ExecuteChangeSet, ClientRequestToken: "A unique identifier for this
    ExecuteChangeSet request. Specify this token if you plan to retry requests so that
    CloudFormation knows that you're not attempting to execute a change set to update a
    stack with the same name." moto ignores both: a CREATE change set retried after its
    answer was lost makes a second stack of the same name, left in REVIEW_IN_PROGRESS.
    """
    from moto.cloudformation.responses import CloudFormationResponse

    answered: dict = {}
    for method, param in (
        ("create_change_set", "ClientToken"),
        ("execute_change_set", "ClientRequestToken"),
    ):
        original = getattr(CloudFormationResponse, method)

        def once(self, original=original, param=param, method=method):  # type: ignore[no-untyped-def]
            token = self._get_param(param)
            if not token:
                return original(self)
            key = (self.current_account, self.region, method, token)
            if key not in answered:
                answered[key] = original(self)
            return answered[key]

        setattr(CloudFormationResponse, method, once)


def _patch_create_change_set_on_existing_stack() -> None:
    """A CREATE change set for a stack name that exists joins it, or is refused.

    AWS CloudFormation User Guide, "Create a change set for a stack that doesn't exist":
    CloudFormation creates the stack in REVIEW_IN_PROGRESS, and further CREATE change sets
    for that name are added to the same stack; for a stack that has been created the call
    fails ("Stack [name] already exists and cannot be created again with the changeSet").
    moto makes a second stack of the same name instead, so two deploys started together
    leave a stray REVIEW_IN_PROGRESS stack behind.
    """
    from moto.cloudformation.exceptions import ValidationError

    original = cfn.CloudFormationBackend.create_change_set

    def create_change_set(self, stack_name, change_set_name, template, parameters, description, change_set_type, *args, **kwargs):  # type: ignore[no-untyped-def]
        existing = next(
            (
                st
                for st in self.stacks.values()
                if st.name == stack_name and st.status != "DELETE_COMPLETE"
            ),
            None,
        )
        if change_set_type != "CREATE" or existing is None:
            return original(self, stack_name, change_set_name, template, parameters, description, change_set_type, *args, **kwargs)
        if existing.status != "REVIEW_IN_PROGRESS":
            raise ValidationError(
                message=f"Stack [{stack_name}] already exists and cannot be created again with the changeSet [{change_set_name}]."
            )
        change_set_id, new_stack_id = original(self, stack_name, change_set_name, template, parameters, description, change_set_type, *args, **kwargs)
        del self.stacks[new_stack_id]
        change_set = self.change_sets[change_set_id]
        change_set.stack = existing
        change_set.stack_id = existing.stack_id
        return change_set_id, existing.stack_id

    cfn.CloudFormationBackend.create_change_set = create_change_set


def _patch_lambda_versions_and_aliases() -> None:
    """CloudFormation creates AWS::Lambda::Version and AWS::Lambda::Alias as Lambda would.

    AWS CloudFormation User Guide, AWS::Lambda::Version, Return values: "Ref returns the ARN
    of the version, such as arn:aws:lambda:us-west-2:123456789012:function:helloworld:1",
    "Fn::GetAtt Version: the version number", "FunctionArn: the ARN of the function".
    AWS::Lambda::Alias: "Ref returns the resource ARN", "Fn::GetAtt AliasArn: the ARN of the
    alias". moto 5.2 publishes the version but gives it no ARN and no attributes (GetAtt
    Version fails), and has no model for an alias, so a stack skips it and nothing that
    invokes the alias resolves. These models go through moto's own Lambda backend
    (PublishVersion, CreateAlias, UpdateAlias, DeleteAlias), so GetAlias answers as on AWS.
    An alias's UpdatePolicy (CodeDeploy traffic shifting) is not modelled: the alias moves
    at once, and CodeDeploy resources stay skipped.
    """
    from moto.awslambda import models as awslambda
    from moto.core.common_models import CloudFormationModel

    backends = awslambda.lambda_backends
    version_model = awslambda.LambdaVersion

    def create_version(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):  # type: ignore[no-untyped-def]
        function_name = cloudformation_json["Properties"]["FunctionName"]
        published = backends[account_id][region_name].publish_version(function_name)
        version = cls({"Version": published.version})  # type: ignore[union-attr]
        version.arn = published.function_arn  # type: ignore[union-attr]
        version.function_arn = version.arn.rsplit(":", 1)[0]
        return version

    version_model.create_from_cloudformation_json = classmethod(create_version)  # type: ignore[assignment]
    version_model.physical_resource_id = property(lambda self: self.arn)  # type: ignore[assignment]
    version_model.has_cfn_attr = classmethod(lambda cls, attr: attr in ("Version", "FunctionArn"))  # type: ignore[assignment]
    version_model.get_cfn_attribute = lambda self, name: (  # type: ignore[assignment]
        str(self.version) if name == "Version" else self.function_arn
    )

    class CloudFormationAlias(CloudFormationModel):
        # moto's model metaclass files every model under the service named by its module.
        __module__ = "moto.awslambda.models"

        def __init__(self, alias, function_name: str) -> None:  # type: ignore[no-untyped-def]
            self.alias = alias
            self.function_name = function_name

        @staticmethod
        def cloudformation_type() -> str:
            return "AWS::Lambda::Alias"

        @staticmethod
        def cloudformation_name_type() -> str:
            return "Name"

        @property
        def physical_resource_id(self) -> str:
            return self.alias.arn

        @classmethod
        def has_cfn_attr(cls, attr: str) -> bool:
            return attr == "AliasArn"

        def get_cfn_attribute(self, attribute_name: str) -> str:
            return self.alias.arn

        @classmethod
        def create_from_cloudformation_json(  # type: ignore[no-untyped-def,override]
            cls, resource_name, cloudformation_json, account_id, region_name, **kwargs
        ):
            props = cloudformation_json["Properties"]
            function_name = props["FunctionName"].split(":")[-1] if props["FunctionName"].startswith("arn:") else props["FunctionName"]
            alias = backends[account_id][region_name].create_alias(
                name=props["Name"],
                function_name=function_name,
                function_version=str(props["FunctionVersion"]),
                description=props.get("Description", ""),
                routing_config=props.get("RoutingConfig"),
            )
            return cls(alias, function_name)

        @classmethod
        def update_from_cloudformation_json(  # type: ignore[no-untyped-def,override]
            cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name
        ):
            props = cloudformation_json["Properties"]
            alias = backends[account_id][region_name].update_alias(
                name=original_resource.alias.name,
                function_name=original_resource.function_name,
                function_version=str(props["FunctionVersion"]),
                description=props.get("Description"),
                routing_config=props.get("RoutingConfig"),
            )
            return cls(alias, original_resource.function_name)

        @classmethod
        def delete_from_cloudformation_json(  # type: ignore[no-untyped-def,override]
            cls, resource_name, cloudformation_json, account_id, region_name
        ):
            pass  # resource_name is the ARN; delete() below has the names.

        def delete(self, account_id: str, region_name: str) -> None:
            # moto deletes a stack's resources in no fixed order; on AWS deleting a function
            # deletes its aliases, so an alias whose function is gone is gone too.
            from moto.awslambda.exceptions import UnknownFunctionException

            try:
                backends[account_id][region_name].delete_alias(self.alias.name, self.function_name)
            except UnknownFunctionException:
                pass

    assert CloudFormationAlias in CloudFormationModel.__subclasses__()


def _patch_nested_stack_update_in_place() -> None:
    """A nested stack (AWS::CloudFormation::Stack) is updated in place, not deleted and created.

    AWS CloudFormation Template Reference, AWS::CloudFormation::Stack: TemplateURL and
    Parameters are "Update requires: No interruption"; User Guide, "Understand update
    behaviors of stack resources": "If the template includes one or more nested stacks,
    CloudFormation also initiates an update for every nested stack ... CloudFormation updates
    only those resources in the nested stacks that have changes specified in corresponding
    templates." moto deletes the nested stack and creates a new one, whose create then fails
    on what the delete kept (a log group with DeletionPolicy Retain already exists).
    """
    from moto.cloudformation.utils import get_stack_from_s3_url
    from moto.utilities.utils import get_partition

    def update_from_cloudformation_json(  # type: ignore[no-untyped-def]
        cls, original_resource, new_resource_name, cloudformation_json, account_id, region_name
    ):
        properties = cloudformation_json["Properties"]
        template = get_stack_from_s3_url(
            properties["TemplateURL"], account_id=account_id, partition=get_partition(region_name)
        )
        original_resource.update(template=template, parameters=properties.get("Parameters", {}))
        return original_resource

    cfn.Stack.update_from_cloudformation_json = classmethod(update_from_cloudformation_json)


def _patch_nested_stack_outputs() -> None:
    """Fn::GetAtt on a nested stack resource reads the nested stack's outputs.

    AWS CloudFormation Template Reference, AWS::CloudFormation::Stack, Fn::GetAtt:
    "Outputs.NestedStackOutputName: Returns the output value from the specified nested stack
    where NestedStackOutputName is the name of the output value." moto's Stack has no
    get_cfn_attribute, so a parent passing one nested stack's output to another fails.
    """

    def get_cfn_attribute(self, attribute_name):  # type: ignore[no-untyped-def]
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException

        if attribute_name.startswith("Outputs."):
            output = self.output_map[attribute_name[len("Outputs."):]]
            if output is not None:
                return output.value
        raise UnformattedGetAttTemplateException()

    cfn.Stack.get_cfn_attribute = get_cfn_attribute


_patch_description_after_change_set()
_patch_missing_change_set_errors()
_patch_create_change_set_on_existing_stack()
_patch_idempotency_tokens()
_patch_http_api_in_cloudformation()
_patch_lambda_versions_and_aliases()
_patch_nested_stack_update_in_place()
_patch_nested_stack_outputs()

if __name__ == "__main__":
    from moto.server import main

    main(sys.argv[1:])

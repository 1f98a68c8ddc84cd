// aws-codedeploy's L1 classes alone; why synth reaches past the package's exports: ./README.md
export * from '../../../node_modules/aws-cdk-lib/aws-codedeploy/lib/codedeploy.generated';

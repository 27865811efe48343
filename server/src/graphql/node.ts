import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's Node interface. Every entity's class name is its GraphQL type name, so the runtime type of a loaded
 * entity tells GraphQL which object type it is.
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique ID; fetch any of them again with `node(id:)` or `nodes(ids:)`.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'The opaque, globally unique ID of this object.' })
  nodeId!: string;
}

"""What the treaty filters about provisions mean (services/filters.py calls them): a treaty matches when one of
its provisions has the type, obliges the actor, or names the actor in a role."""
from ..models import Provision, ProvisionActor, ProvisionObliged, Treaty


def _with_provision(where):
    return Treaty.id.in_(Provision.select(Provision.treaty).where(where))


def treaty_clauses(args):
    clauses = []
    for name in ("provision_type", "obligation"):   # obligation: the deprecated name, the same filter
        if args.get(name):
            clauses.append(_with_provision(Provision.type.in_(args[name])))
    if args.get("obliged"):
        clauses.append(_with_provision(Provision.id.in_(
            ProvisionObliged.select(ProvisionObliged.provision).where(ProvisionObliged.actor == args["obliged"]))))
    if args.get("monitor"):
        clauses.append(_with_provision(Provision.id.in_(
            ProvisionActor.select(ProvisionActor.provision).where(
                (ProvisionActor.actor == args["monitor"]) & (ProvisionActor.role == "monitor")))))
    if args.get("provision_actor"):
        actor = args["provision_actor"]
        clauses.append(_with_provision(
            Provision.id.in_(ProvisionObliged.select(ProvisionObliged.provision).where(ProvisionObliged.actor == actor))
            | Provision.id.in_(ProvisionActor.select(ProvisionActor.provision).where(ProvisionActor.actor == actor))))
    return clauses

@P1
ORG | مدني عسير | p1_asir_cd

@P2
ORG | سبق | p2_sabq
GPE | أبها | p2_abha
ORG | مديرية الدفاع المدني | p2_cd1
GPE | عسير | p2_asir1
ORG | الرئاسة العامة للأرصاد | p2_pme1
ORG | مديرية الدفاع المدني | p2_cd2
GPE | عسير | p2_asir2
PER | محمد عبدالرحيم العاصمي | p2_asimi1
ORG | الرئاسة العامة للأرصاد وحماية البيئة | p2_pme2
PER | العاصمي | p2_asimi2
ORG | الدفاع المدني | p2_cd3
GPE | عسير | p2_asir3
REL | LOCATED_IN | p2_cd1 | p2_asir1
REL | LOCATED_IN | p2_cd2 | p2_asir2
REL | ROLE | p2_asimi1 | p2_cd2

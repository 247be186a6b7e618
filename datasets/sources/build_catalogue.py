"""Derives datasets/{regions,sizes,providers,prices}.csv from the public files in ../shared/datasets and the
hand-compiled fact tables in datasets/sources (methods: datasets/README.md).

Usage, from the repository root:  python3 datasets/sources/build_catalogue.py [SHARED_DATASETS_DIR] [OUT_DIR]
"""
import csv, statistics, glob, os
import sys
SH=sys.argv[1] if len(sys.argv)>1 else '../shared/datasets'; OUT=sys.argv[2] if len(sys.argv)>2 else 'datasets'; SRC=OUT+'/sources'
def rd(path):
    with open(path, encoding='utf-8-sig') as f:
        return list(csv.DictReader(l for l in f if not l.startswith('#')))
# --- zone means (LCA) ---
zone_mean={}
for f in glob.glob(SH+'/green-dcc-electricitymaps/carbon_intensity_2023/*.csv'):
    r=rd(f); col=[k for k in r[0] if 'LCA' in k][0]
    zones={x['Zone Id'] for x in r}; assert len(zones)==1 and len(r)==8760
    zone_mean[zones.pop()]=statistics.mean(float(x[col]) for x in r)
google={r['Google Cloud Region']:float(r['Grid carbon intensity (gCO2eq / kWh)']) for r in rd(SH+'/google-region-carbon-info/2023.csv')}
ccf={(r['provider'],r['region_normalized']):float(r['gCO2e_per_kWh']) for r in rd(SH+'/cloud-carbon-footprint/ccf_region_emission_factors.csv') if r['factor_variant']=='grid'}
# --- EWIF ---
ewif_fuel={r['fuel_code']:float(r['ewif_L_per_kWh']) for r in rd(SH+'/derived/water_ewif_and_carbon_by_fuel.csv')}
lca_fuel={r['fuel_code']:float(r['lifecycle_kgCO2e_per_kWh'])*1000 for r in rd(SH+'/derived/water_ewif_and_carbon_by_fuel.csv')}
mix={r['grid']:{k.split('_')[0].upper():float(v)/100 for k,v in r.items() if k.endswith('_pct')} for r in rd(SRC+'/grid-mix-2023.csv')}
def ewif(g): return sum(s*ewif_fuel[f] for f,s in mix[g].items())
def mixlca(g): return sum(s*lca_fuel[f] for f,s in mix[g].items())
# --- PUE ---
fleet={(r['provider'],r['metric']):r['value'] for r in rd(SRC+'/provider-fleet.csv')}
ga_pue={}
with open(SH+'/green-algorithms/cloudProviders_datacenters.csv',encoding='utf-8') as f:
    lines=f.read().splitlines()[1:]
for r in csv.DictReader(lines):
    if r['PUE'].strip(): ga_pue[(r['provider'],r['Name'])]=float(r['PUE'])
# --- spot ---
spot={r['region']:r for r in rd(SH+'/derived/aws_spot_advisor_summary.csv') if r['os']=='Linux'}
MID=[2.5,7.5,12.5,17.5,25.0]; B=['interrupt_lt5pct','interrupt_5_10pct','interrupt_10_15pct','interrupt_15_20pct','interrupt_gt20pct']
def q(row):
    n=sum(int(row[b]) for b in B); assert n==int(row['pools'])
    return sum(int(row[b])*m for b,m in zip(B,MID))/n/100
prices={(r['provider'],r['region']):float(r['usd_per_hour']) for r in rd(SRC+'/reference-prices-2024.csv')}
BASE={'aws':'us-east-1','azure':'eastus','gcp':'us-central1'}
CAP={'L':4096,'M':2048,'S':1024}
HDR=['provider','region','jurisdiction','latitude','longitude','pue','wue_l_per_kwh','ewif_l_per_kwh','ci_mean_g_per_kwh','price_multiplier','spot_discount','spot_interruptions_per_month','vcpu_capacity','ci_zone']
notes=[]; out=[]
for s in rd(SRC+'/region-sites.csv'):
    p,r=s['provider'],s['region']
    if s['in_zone']=='yes': ci=zone_mean[s['ci_zone']]; cis='zone mean '+s['ci_zone']
    elif s['ci_google']!='-': ci=google[s['ci_google']]; cis='Google 2023 '+s['ci_google']
    else: ci=ccf[(p,s['ci_ccf'])]; cis='CCF '+s['ci_ccf']
    if (p,r) in ga_pue: pue=ga_pue[(p,r)]; ps='GA'
    else: pue=float(fleet[(p,'pue')]); ps='fleet'
    wue=float(fleet[(p,'wue_l_per_kwh')])
    if p=='aws': d=float(spot[r]['savings_pct_median'])/100; qi=q(spot[r])
    else: d=float(fleet[(p,'spot_discount')]); qi=float(fleet[(p,'spot_interruptions_per_month')])
    m=prices[(p,r)]/prices[(p,BASE[p])]
    row=dict(provider=p,region=r,jurisdiction=s['jurisdiction'],latitude=s['latitude'],longitude=s['longitude'],
             pue=f'{pue:.3f}'.rstrip('0').rstrip('.'),wue_l_per_kwh=f'{wue:.2f}',ewif_l_per_kwh=f'{ewif(s["grid_mix"]):.3f}',
             ci_mean_g_per_kwh=f'{ci:.1f}',price_multiplier=f'{m:.3f}',spot_discount=f'{d:.3f}',
             spot_interruptions_per_month=f'{qi:.3f}',vcpu_capacity=str(CAP[s['tier']]),ci_zone=s['ci_zone'])
    out.append(row); notes.append((p,r,s['location'],s['ci_zone'],s['in_zone'],cis,ps,s['grid_mix'],round(mixlca(s['grid_mix'])),row))
with open(OUT+'/regions.csv','w',newline='') as f:
    w=csv.DictWriter(f,HDR,lineterminator='\n'); w.writeheader(); w.writerows(out)
# --- sizes ---
TE={'aws':(1788.46,128,'m6i'),'azure':(1433.12,64,'Dsv4 (proxy for Dsv5)'),'gcp':(1888.46,128,'n2-standard')}
EL=35040
per_vcpu={p:te/EL/pv for p,(te,pv,_) in TE.items()}
emb=statistics.mean(per_vcpu.values())
with open(OUT+'/sizes.csv','w',newline='') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(['size','vcpus','memory_gb','embodied_kg_per_hour'])
    for v in [1,2,4,8,16,32,64]: w.writerow([f'v{v}',v,4*v,f'{emb*v:.6g}'])
# --- providers ---
PW={'aws':(0.74,3.5),'azure':(0.78,3.76),'gcp':(0.71,4.26)}
EG={'aws':(0.02,0.09),'azure':(0.08,0.087),'gcp':(0.08,0.12)}
with open(OUT+'/providers.csv','w',newline='') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(['provider','min_watts_per_vcpu','max_watts_per_vcpu','memory_watts_per_gb','inter_region_egress_usd_per_gb','internet_egress_usd_per_gb'])
    for p in ['aws','azure','gcp']: w.writerow([p,PW[p][0],PW[p][1],0.392,EG[p][0],EG[p][1]])
# --- prices ---
with open(OUT+'/prices.csv','w',newline='') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(['provider','size','usd_per_hour'])
    for p in ['aws','azure','gcp']:
        b2=prices[(p,BASE[p])]
        for v in [1,2,4,8,16,32,64]: w.writerow([p,f'v{v}',f'{b2*v/2:.6g}'])
# --- report for README ---
print('zone means',{k:round(v,2) for k,v in sorted(zone_mean.items())})
print('per-vCPU-hour EMB',{k:f'{v:.4e}' for k,v in per_vcpu.items()},'mean',f'{emb:.4e}')
print('ALL q',round(q(spot['ALL']),4))
for g in mix: print('grid',g,'ewif',round(ewif(g),3),'mixLCA',round(mixlca(g)))
for n in notes: print('|'.join(str(x) for x in n[:9]),'|',n[9]['pue'],n[9]['ewif_l_per_kwh'],n[9]['ci_mean_g_per_kwh'],n[9]['price_multiplier'],n[9]['spot_discount'],n[9]['spot_interruptions_per_month'],n[9]['vcpu_capacity'])
assert abs(q(spot['ALL'])-float(fleet[('azure','spot_interruptions_per_month')]))<0.0005
